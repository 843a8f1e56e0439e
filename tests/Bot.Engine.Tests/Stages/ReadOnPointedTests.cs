using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A follow-up pointing back at what was just read ("and who is to act on that?") whose words no sentence near it says:
/// the article's next sentence goes on about it, and answers rather than a refusal. Of the few after it, one naming whom
/// the question names answers; one naming no one it names does not, nor does one asked a time of.
/// </summary>
public sealed class ReadOnPointedTests
{
    private const string Article = """
        The Velna Harbour Levy

        By Ada Quill | March 4, 2021

        The port of Velna introduced a harbour levy in May to pay for new breakwaters.

        Dock owners say the levy has cut traffic by a third. The real question is whether the council will dare to lower it before the autumn. Both Ostra and Pellmark have condemned the levy as a toll on their ferries.

        Farmers in the valley plan a march in June.
        """;

    [Theory]
    [InlineData("what do the dock owners say about the levy?", "and who is supposed to act on that?", "whether the council will dare")]
    [InlineData("what do the dock owners say about the levy?", "who is supposed to act on that?", "whether the council will dare")]
    [InlineData("what do the dock owners say about the levy?", "Ostra and Pellmark, what do they make of this?", "condemned the levy")]
    public void Converse_AnswersFromTheSentencesAfterTheLastAnswer_WhenAFollowUpPointsBackAtIt(string first, string followUp, string expected)
    {
        var answer = DraftedArticle.Converse("velna-levy.txt", Article, first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who is supposed to act on that?")]
    [InlineData("what do the dock owners say about the levy?", "who is supposed to referee?")]
    [InlineData("what do the dock owners say about the levy?", "and in which years did they run that?")]
    [InlineData("what do the dock owners say about the levy?", "and Velna's mayor, what's his name then?")]
    public void Converse_StillSaysTheArticleDoesNotSay_WhenTheQuestionPointsBackAtNothingRead(params string[] questions)
    {
        var answer = DraftedArticle.Converse("velna-levy.txt", Article, questions);

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }
}
