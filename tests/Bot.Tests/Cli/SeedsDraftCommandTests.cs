namespace Bot.Tests.Cli;

public sealed class SeedsDraftCommandTests
{
    private const string Article = "Bridge Row\n\n  • By Ada Writer\n\nOn May 2, Mayor Ines Ortega said the bridge would open in 2022.\n\nPeru's refusal to pay can be explained by its debts.\n";
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "seeds", "csto-rift-grows-between-moscow-and-astana");

    [Fact]
    public async Task SeedsDraft_WritesAnAnnotationThatSeedsCheckAccepts()
    {
        using var seeds = new TempFolder().With("bridge.txt", Article);

        var draft = await BotProcess.RunAsync(["seeds", "draft", Path.Combine(seeds.Path, "bridge.txt")]);
        var check = await BotProcess.RunAsync(["--seeds", seeds.Path, "seeds", "check"]);

        Assert.Equal(0, draft.ExitCode);
        Assert.StartsWith("# Machine draft", File.ReadAllText(Path.Combine(seeds.Path, "bridge.model.yaml")), StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("1 article(s) OK", check.Output);
    }

    [Fact]
    public async Task SeedsDraft_RefusesToOverwrite_UnlessForcedOrSentElsewhere()
    {
        using var seeds = new TempFolder().With("bridge.txt", Article).With("bridge.model.yaml", "# curated\n");
        var other = Path.Combine(seeds.Path, "elsewhere.yaml");

        var refused = await BotProcess.RunAsync(["seeds", "draft", Path.Combine(seeds.Path, "bridge.txt")]);
        var elsewhere = await BotProcess.RunAsync(["seeds", "draft", Path.Combine(seeds.Path, "bridge.txt"), "--out", other]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.Errors);
        Assert.Equal("# curated\n", File.ReadAllText(Path.Combine(seeds.Path, "bridge.model.yaml")));
        Assert.Equal(0, elsewhere.ExitCode);
        Assert.True(File.Exists(other));

        var forced = await BotProcess.RunAsync(["seeds", "draft", Path.Combine(seeds.Path, "bridge.txt"), "--force"]);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# Machine draft", File.ReadAllText(Path.Combine(seeds.Path, "bridge.model.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedsCompare_PrintsRecallPerCategory()
    {
        using var folder = new TempFolder();
        var draftFile = Path.Combine(folder.Path, "draft.yaml");
        await BotProcess.RunAsync(["seeds", "draft", Shipped + ".txt", "--out", draftFile]);

        var result = await BotProcess.RunAsync(["seeds", "compare", draftFile, Shipped + ".model.yaml"]);

        Assert.Equal(0, result.ExitCode);
        foreach (var category in new[] { "actors", "events", "statements", "positions", "explanations" })
            Assert.Matches(category + @"\s+\d+ of \d+\s+\d+ %", result.Output);
    }
}
