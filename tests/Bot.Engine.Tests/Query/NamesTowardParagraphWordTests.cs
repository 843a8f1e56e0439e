using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim whose names the sentence names, with all but one of its other words, is said when the sentence's paragraph
/// gives the one word left: the names say as much of the claim as words would. The people are ones the article
/// introduces, so the claim's words that are left are only "sign", "treaty" and "summit".
/// </summary>
public sealed class NamesTowardParagraphWordTests
{
    private const string Article = """
        Lakeport Talks

        By Ada Quill | March 4, 2021

        The summit in Lakeport was tense from the start. Minister Arlo Venn and envoy Mira Sollen signed the water treaty on Friday. Delegates left the next morning.

        Farmers in Keld marched on Monday. The army watched from the docks.
        """;

    private static Answer Ask(string question) => DraftedArticle.Ask("lakeport.txt", Article, question);

    [Fact]
    public void Ask_Confirms_WhenTheSentenceNamesTheClaimsNamesAndItsParagraphSaysTheWordLeft()
    {
        var answer = Ask("Did Arlo Venn and Mira Sollen sign the treaty at the summit?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotConfirm_WhenItsParagraphDoesNotSayTheWordLeft() =>
        Assert.False(Ask("Did Arlo Venn and Mira Sollen sign the treaty at the march?").Text.StartsWith("Yes", StringComparison.Ordinal));
}
