using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A follow-up the article answers only just after what the last answer read, in words of its own: the sentence there
/// saying one of the question's words answers it rather than a refusal. A count going on from the last question
/// </summary>
public sealed class ReadOnFollowUpTests
{
    private const string Article = """
        Night at the Depot Gates

        By Ada Quill | March 4, 2021

        On May 3rd a crowd of strikers gathered outside the Kessel tram depot, demanding the release of their leaders.

        "The guards are armed, and they are nervous," shouted Mira Sander, a veteran organiser, as the crowd pressed forward. An assault would only have handed the city a pretext for a harsher crackdown, and the strikers had sworn off violence from the start.

        The city council has since hired 30 drivers from the suburbs. Brask Freight agreed to lend the council its newest buses, such as the Heron models. Its managers say Brask could lend up to 45 over the winter.

        The strike committee meets again in June.
        """;

    [Theory]
    [InlineData("which buses will Brask lend?", "and what do the managers expect for the cold months?", "up to 45")]
    [InlineData("which buses will Brask lend?", "and how many could Brask lend overall?", "up to 45")]
    [InlineData("which buses will Brask lend?", "lending volume?", "up to 45")]
    public void Converse_AnswersFromWhatFollowsTheLastAnswer_WhenAFollowUpLeansOnIt(string first, string followUp, string expected)
    {
        var answer = DraftedArticle.Converse("depot-gates.txt", Article, first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which buses will Brask lend?", "and on what date are they due?")]
    [InlineData("which buses will Brask lend?", "and what did the mayor of Oslo say?")]
    public void Converse_StillSaysTheArticleDoesNotSay_WhenNothingNearTheLastAnswerGivesIt(string first, string followUp)
    {
        var answer = DraftedArticle.Converse("depot-gates.txt", Article, first, followUp);

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }
}
