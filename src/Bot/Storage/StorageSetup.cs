using Bot.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Storage;

public static class StorageSetup
{
    /// <summary>The store (SQLite by default, or PostgreSQL shared by several instances) the update inbox and the progress of replies in several parts.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations()
            .Validate<IOptions<DigestOptions>>((storage, digests) => !storage.IsPostgres || storage.ClaimLease > digests.Value.SendTimeout,
                "Storage:ClaimLease must be longer than Digests:SendTimeout, or a slow post could be taken over and posted again.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var digests = sp.GetRequiredService<IOptions<DigestOptions>>().Value;
            if (storage.IsPostgres)
                return DigestStore.Postgres(storage.ConnectionString!, storage.ClaimLease);
            return new DigestStore(SqliteConnectionString(storage, digests), digests.MaxDatabaseBytes);
        });
        builder.Services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var file = storage.IsPostgres ? null : StoreLock.FileOf(SqliteConnectionString(storage, sp.GetRequiredService<IOptions<DigestOptions>>().Value));
            return new StoreLock(file, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StoreLock>>());
        });
        builder.Services.AddSingleton(sp => DataDirectory.Of(sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IOptions<DigestOptions>>().Value));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<UpdateInbox>();
        builder.Services.AddSingleton<ReplyProgress>();
        return builder;
    }

    private static string SqliteConnectionString(StorageOptions storage, DigestOptions digests) =>
        string.IsNullOrWhiteSpace(storage.ConnectionString) ? digests.ResolveConnectionString() : storage.ConnectionString;
}
