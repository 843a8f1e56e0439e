using System.Reflection;
using System.Text.Json;
using Bot.Digests;
using Bot.Discord;
using Bot.Engine;
using Bot.Http;
using Bot.Storage;
using Bot.Telegram;

namespace Bot.Tests.Cli;

/// <summary>appsettings.example.json is the settings reference: it must name every key the options classes read.</summary>
public sealed class ExampleSettingsTests
{
    public static TheoryData<string, Type> Sections() => new()
    {
        { SeedsOptions.Section, typeof(SeedsOptions) },
        { EngineOptions.Section, typeof(EngineOptions) },
        { TelegramOptions.Section, typeof(TelegramOptions) },
        { DiscordOptions.Section, typeof(DiscordOptions) },
        { DigestOptions.Section, typeof(DigestOptions) },
        { HttpOptions.Section, typeof(HttpOptions) },
        { StorageOptions.Section, typeof(StorageOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void ExampleSettings_ListEveryKey_OfEachSection(string section, Type options)
    {
        using var example = JsonDocument.Parse(File.ReadAllText(FindExample()));
        var documented = example.RootElement.GetProperty(section).EnumerateObject().Select(p => p.Name).ToHashSet();

        var missing = options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .Select(p => p.Name).Where(k => !documented.Contains(k)).ToList();

        Assert.True(missing.Count == 0, $"{section} keys missing from appsettings.example.json: {string.Join(", ", missing)}");
    }

    private static string FindExample()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "appsettings.example.json")))
            folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new FileNotFoundException("appsettings.example.json"), "appsettings.example.json");
    }
}
