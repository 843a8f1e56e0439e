using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What does the author read into that line-up?", "what would that mean for the town?" after an answer: what the
/// writer makes of what was just told is the sentence after it that points back at it.
/// </summary>
public sealed class WhatItMeansTests
{
    private const string Text = """
        The Ledra Board Prepares

          • By Ines Calloway

        The Ledra harbour board hired a new legal team in May. It brought in twelve engineers, a lawyer and two auditors. This was a team ready for a long fight with the shipping firms.

        The board may also walk away from the ferry contract signed in 2019. That would leave the island without a winter ferry.

        The ferry firm reported record profits in June.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("ledra.txt", Text, questions);

    [Theory]
    [InlineData("Who did the Ledra harbour board hire in May?", "What does the author read into that line-up?", "ready for a long fight")]
    [InlineData("Who did the Ledra harbour board hire in May?", "what does that show", "ready for a long fight")]
    [InlineData("Could the board walk away from the ferry contract?", "What would that mean for the island?", "without a winter ferry")]
    public void Ask_ShowsTheSentencePointingBack_WhenAskedWhatWasJustToldMeans(string first, string followUp, string expected)
    {
        var answer = Converse(first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenItStandsForWordsOfTheQuestion()
    {
        var answer = Converse("Who did the Ledra harbour board hire in May?", "and the auditors, what does it mean?");

        Assert.DoesNotContain("ready for a long fight", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenAskedFirstInAChat()
    {
        var answer = Converse("What does that mean?");

        Assert.DoesNotContain("ready for a long fight", answer.Text);
    }
}
