using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace Bot.Storage;

/// <summary>Where subscriptions, the digest log and the update inbox are kept (section "Storage").</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    /// <summary>"sqlite" (embedded, one process; the default) or "postgres" (shared by several instances).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// For postgres, an Npgsql connection string (required). For sqlite, a Microsoft.Data.Sqlite connection
    /// string overriding Digests:ConnectionString and Digests:DataDirectory.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a claimed digest slot stays with the instance that claimed it without renewal before another instance takes it over (postgres).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Storage:ClaimLease must be between 1 second and 1 day.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsPostgres && !string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
            yield return new($"Storage:Provider \"{Provider}\" is not known; use {Sqlite} or {Postgres}.", [nameof(Provider)]);
        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
            yield return new($"Storage:ConnectionString is required when Storage:Provider is {Postgres}.", [nameof(ConnectionString)]);
        else if (IsPostgres && !IsNpgsqlConnectionString(ConnectionString!))
            yield return new("Storage:ConnectionString is not a PostgreSQL connection string (Host=...;Database=...;Username=...).", [nameof(ConnectionString)]);
    }

    private static bool IsNpgsqlConnectionString(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
