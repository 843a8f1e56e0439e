using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// What a piece argues is stated in the writer's judging words: asked what it is about, the bot gives the opening
/// sentence that judges rather than the one that sets the scene, and the closing paragraph's last sentence when it
/// judges, however short, rather than a longer one before it that only reports.
/// </summary>
public sealed class ClosingVerdictTests
{
    private const string Harbour = "Lorvik and the Ferry Question\n\nBy Ada Quill | May 2, 2025\n\n"
        + "On a grey morning in March, the last boat of the season left the pier.\n\n"
        + "The harbour council talked about the ferry fares and the bridge with the ferry owners of Lorvik for three hours in June. "
        + "The ferry trade of Lorvik is likely to shrink unless the harbour council lowers the ferry fares.\n\n"
        + "The bridge opened in May and took half of the ferry passengers within a year.\n\n"
        + "The harbour council has not answered letters from the ferry owners about the fares.\n\n"
        + "Fishermen in the harbour say the catch was good this spring.\n\n"
        + "The council of Lorvik met the ferry owners again in July and talked about fares, the bridge and the harbour. "
        + "Above all, the council must keep the ferry fares low.\n";

    [Fact]
    public void Ask_GivesTheOpeningSentenceThatJudges_NotTheOneSettingTheScene() =>
        Assert.Contains("Its point: \"The ferry trade of Lorvik is likely to shrink", DraftedArticle.Ask("harbour.txt", Harbour, "what is the article about?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_GivesTheShortClosingVerdict_WhenTheLastSentenceJudges() =>
        Assert.Contains("It concludes: \"Above all, the council must keep the ferry fares low.\"", DraftedArticle.Ask("harbour.txt", Harbour, "what is the article about?").Text, StringComparison.Ordinal);
}
