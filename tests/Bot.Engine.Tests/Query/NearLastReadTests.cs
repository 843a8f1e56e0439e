using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A follow-up that names no one new asks on about what the last answer read: of the passages saying its words as well,
/// the one told there or just after answers it, not one elsewhere in the article.
/// </summary>
public sealed class NearLastReadTests
{
    private const string Text = """
        Harbour Dispute Deepens in Port Alder

          • By Kim Sorel

        In March the Greenwick council raised the harbour levy. Hundreds of people protested outside the town hall for a week.

        Robin Vale, an analyst at the Lakeside Institute, argues that dredging the harbour would ruin the oyster beds.

        In June the Alder council closed the ferry to the islands. Hundreds of people protested outside the ferry terminal for a week.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("harbour-dispute.txt", Text, questions);

    [Theory]
    [InlineData("What did the Greenwick council do in March?", "How did people protest?", "town hall", "ferry terminal")]
    [InlineData("What did the Alder council do in June?", "How did people protest?", "ferry terminal", "town hall")]
    [InlineData("What did the Alder council do in June?", "Who protested for a week?", "ferry terminal", "town hall")]
    [InlineData("What did the Alder council do in June?", "How many people protested?", "ferry terminal", "town hall")]
    public void Ask_AnswersAFollowUpFromThePassageJustRead_WhenAnotherSaysItsWordsAsWell(string first, string followUp, string expected, string elsewhere)
    {
        var answer = Converse(first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
        Assert.DoesNotContain(elsewhere, answer.Text);
    }

    [Fact]
    public void Ask_AnswersFromTheWholeArticle_WhenTheQuestionComesFirst()
    {
        var answer = Converse("How did people protest?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("people protested", answer.Text);
    }
}
