using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// An author the article's text never names (no bio line) is cited by its first sentence, as every drafted actor needs a
/// quote. That sentence is not about the author: a question about what it tells is answered by the sentence, not by
/// "Ada Quill: Author of the article".
/// </summary>
public sealed class AuthorNamedNowhereTests
{
    private const string Text = """
        Bridge Vote Splits Town

        By Ada Quill | Valley Courier | March 3, 2026

        The town council of Marrow voted on Tuesday to close the Alder Bridge to lorries after engineers found cracks in its piers.

        Shop owners on the east bank said trade had fallen sharply since the closure.

        The mayor, Pia Lund, said the bridge would reopen in June.
        """;

    [Theory]
    [InlineData("Who voted on Tuesday?")]
    [InlineData("What is the Alder Bridge?")]
    [InlineData("what did the engineers find?")]
    public void Ask_AnswersFromTheFirstSentence_NotWithTheAuthor(string question)
    {
        var answer = DraftedArticle.Ask("bridge.txt", Text, question);

        Assert.DoesNotContain("Author of the article", answer.Text);
    }

    [Fact]
    public void Ask_StillTellsWhoWroteIt()
    {
        var answer = DraftedArticle.Ask("bridge.txt", Text, "Who is Ada Quill?");

        Assert.Contains("Author of the article", answer.Text);
    }
}
