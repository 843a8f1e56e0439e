using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Was it X that stopped the ship?" of a passive sentence ("It was stopped again in May, this time by Y"): the one named
/// after "by" did it, so the claim is checked against them, on an article drafted at load.
/// </summary>
public sealed class CleftPassiveAgentTests
{
    private const string Text =
        "The tanker that would not stay put\nBy Ada Quill\n\n"
        + "Brenmark and Estonia both border the Narrow Strait. Estonia says the Osprey carries stolen oil, while Brenmark says the ship spies on its cables.\n\n"
        + "The Osprey, an old tanker, has sailed under four flags since 2020. "
        + "It was boarded again on May 3rd, this time by Brenmark, days after Estonia began investigating it.\n";

    [Theory]
    [InlineData("Was it Estonia that boarded the Osprey on May 3rd?", "No, it was Brenmark.")]
    [InlineData("Was it Brenmark that boarded the Osprey on May 3rd?", "Yes.")]
    public void Ask_ChecksTheClaimAgainstThePassiveSentencesAgent(string question, string opening)
    {
        var answer = DraftedArticle.Ask("osprey.txt", Text, question);

        Assert.StartsWith(opening, answer.Text, StringComparison.Ordinal);
        Assert.Contains("this time by Brenmark", answer.Text, StringComparison.Ordinal);
    }
}
