using Bot.Digests;
using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

public sealed class StorageSetupTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddDigests();
        return builder.Services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("mysql", "", "", "Storage:Provider \"mysql\" is not known")]
    [InlineData("postgres", "", "", "Storage:ConnectionString is required when Storage:Provider is postgres")]
    [InlineData("postgres", "Host=db;Database=bot;Colour=blue", "", "Storage:ConnectionString is not a PostgreSQL connection string")]
    [InlineData("postgres", "Host=db;Database=bot", "00:00:20", "Storage:ClaimLease must be longer than Digests:SendTimeout")]
    [InlineData("postgres", "Host=db;Database=bot", "00:00:00", "Storage:ClaimLease must be between")]
    public void AddStorage_StopsStartUpNamingKey_WhenSettingIsBad(string provider, string connectionString, string lease, string expected)
    {
        (string, string)[] settings = [("Storage:Provider", provider), ("Storage:ConnectionString", connectionString)];
        using var services = Services([.. settings, .. lease == "" ? [] : new[] { ("Storage:ClaimLease", lease) }]);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(expected, string.Join("; ", error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres", true)]
    [InlineData("PostgreS", true)]
    [InlineData("sqlite", false)]
    public void AddStorage_OpensTheConfiguredDatabase_ForEachProvider(string provider, bool shared)
    {
        using var services = Services(("Storage:Provider", provider), ("Storage:ConnectionString", shared ? "Host=db;Database=bot" : "Data Source=:memory:"));

        Assert.Equal(shared, services.GetRequiredService<DigestStore>().Shared);
    }

    [Fact]
    public void AddStorage_KeepsTheDigestsDatabaseKeys_WhenNoStorageSectionIsGiven()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bot-storage-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var services = Services(("Digests:DataDirectory", folder)))
                services.GetRequiredService<DigestStore>().EnsureReady();
            Assert.True(File.Exists(Path.Combine(folder, "bot.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AnswerOnceAsync_AnswersEveryOffer_WhenTheStoreIsOneProcessesSqlite()
    {
        using var store = new DigestStore("Data Source=:memory:", 1 << 20);
        var inbox = new UpdateInbox(store, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<UpdateInbox>.Instance);
        var answers = 0;

        for (var offer = 0; offer < 2; offer++)
            Assert.True(await inbox.AnswerOnceAsync("telegram", 42, 7, () => Task.FromResult(++answers > 0), CancellationToken.None));

        Assert.Equal(2, answers);
    }
}
