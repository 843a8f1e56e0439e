namespace Bot.Tests.Storage.Support;

/// <summary>The PostgreSQL tests share one server per run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
