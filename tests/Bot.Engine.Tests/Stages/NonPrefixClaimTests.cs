using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A word the article writes only after "non-" ("non-lethal aid") is denied there: a claim of the bare word ("lethal
/// aid?") is a "no", even where the sentence also reads as a stance of support for the aid, and a claim writing the
/// prefix itself is a "yes".
/// </summary>
public sealed class NonPrefixClaimTests
{
    private const string Article = """
        Aid for Marrow

        By Ada Quill | Coast Courier | May 5, 2026

        The Coast Union has promised €20m in non-lethal military aid to Marrow for radios and field hospitals; Ostland is supplying 12 patrol boats.

        Marrow's army has only 4,000 soldiers, most of them conscripts.
        """;

    [Theory]
    [InlineData("Is the Coast Union aid lethal?", "No")]
    [InlineData("Did the Coast Union promise lethal aid to Marrow?", "No")]
    [InlineData("Is the Coast Union giving Marrow lethal aid?", "No")]
    [InlineData("Did the Coast Union promise non-lethal aid to Marrow?", "Yes")]
    public void Ask_ReadsNonPrefix_AsDenyingTheWordItPrefixes(string question, string verdict) =>
        Assert.StartsWith(verdict, DraftedArticle.Ask("marrow-aid.txt", Article, question).Text, StringComparison.Ordinal);
}
