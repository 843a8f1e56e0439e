using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Source?" or "says who?" after an answer asks where what was just read comes from: the sentence shown, when it says
/// by whose account it tells it, and that the article names no source when it does not.
/// </summary>
public sealed class WhereItComesFromTests
{
    private const string Text = """
        Cannery Closes in Port Alder

          • By Kim Sorel

        The Greenwick council met on Monday to discuss the harbour budget. Leaked council memos reveal the cannery will close by the end of the year. The town has no plan for the two hundred workers who will lose their jobs.

        In June the council banned night fishing near the estuary. The ban covers the whole of the bay. Inspectors patrol the quays every evening.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("cannery.txt", Text, questions);

    [Theory]
    [InlineData("source?")]
    [InlineData("says who?")]
    [InlineData("according to whom?")]
    [InlineData("where does that come from?")]
    [InlineData("how do they know that?")]
    [InlineData("what's the source for that?")]
    public void Ask_ShowsTheSentenceJustRead_WhenItSaysWhereItComesFrom(string followUp)
    {
        var answer = Converse("What will happen to the cannery?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Leaked council memos", answer.Text);
    }

    [Theory]
    [InlineData("says who?")]
    [InlineData("source?")]
    [InlineData("how do they know?")]
    public void Ask_SaysTheArticleNamesNoSource_WhenTheSentenceJustReadNamesNone(string followUp)
    {
        var answer = Converse("What did the council ban in June?", followUp);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("names no source", answer.Text);
        Assert.Contains("banned night fishing", answer.Text);
    }

    [Theory]
    [InlineData("source?", true)]
    [InlineData("says who", true)]
    [InlineData("where does that information come from according to the authors", true)]
    [InlineData("how do they know", true)]
    [InlineData("where did the workers come from", false)]
    [InlineData("how do they know the mayor", false)]
    [InlineData("who says the cannery will close", false)]
    public void AsksSource_TellsAQuestionAskingOnlyWhereSomethingComesFrom(string question, bool asks) =>
        Assert.Equal(asks, Bot.Engine.Query.Pipeline.ContextResolver.AsksSource(Bot.Engine.Text.Tokenizer.Tokens(question)));
}
