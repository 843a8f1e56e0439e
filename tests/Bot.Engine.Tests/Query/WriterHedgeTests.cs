using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Does the author really think X?" of an article whose writer holds back from X in their own voice ("it is tempting to
/// see ...", "one could easily overstate ..."): the hedge answers, not a yes from a sentence that seems to say X.
/// </summary>
public sealed class WriterHedgeTests
{
    private const string Article = """
        Ports and Promises in Vell

        By Ada Quill | March 4, 2021

        Officials of Vell and Ardun signed a new shipping agreement in May to route grain through the port of Hale.

        It is tempting to see the shipping agreement as a lasting alliance between Vell and Ardun.

        The council of Hale has since opened two grain depots for farmers.
        """;

    [Theory]
    [InlineData("Does the author really think the shipping agreement is a lasting alliance?", "tempting to see")]
    [InlineData("Do the authors believe Vell and Ardun have built a lasting alliance?", "tempting to see")]
    [InlineData("Is the writer saying the shipping agreement made a lasting alliance?", "tempting to see")]
    public void Ask_AnswersWithTheWritersHedge_WhenAskedWhetherTheWriterThinksIt(string question, string expected)
    {
        var answer = DraftedArticle.Ask("vell.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Not quite", StringComparison.Ordinal)
            && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Did Vell and Ardun sign a shipping agreement?", "Yes")]
    [InlineData("Does the author think the council of Hale opened two grain depots?", "Yes")]
    public void Ask_AnswersPlainly_WhenNoHedgeTouchesTheClaim(string question, string start)
    {
        var answer = DraftedArticle.Ask("vell.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
