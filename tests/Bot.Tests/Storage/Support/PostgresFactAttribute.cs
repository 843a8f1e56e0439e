namespace Bot.Tests.Storage.Support;

/// <summary>A test that needs a PostgreSQL server; skipped, with the reason, only where no PostgreSQL binaries exist.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresBinaries.Missing;
}
