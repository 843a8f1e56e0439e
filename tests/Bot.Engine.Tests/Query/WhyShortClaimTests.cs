using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A short drafted claim holding the word a why-question turns on answers it, though the question's other words are
/// phrasing the article never uses or a sentence says them without it.
/// </summary>
public sealed class WhyShortClaimTests
{
    private const string Text = """
        Vella Counts Its Boats

        By Ada Quill | Harbour Review | March 4, 2021

        The harbour of Vella has lost three ferry lines since the spring. Spending on the old quays is controversial when the price of bread is the main worry of most voters.

        The harbour master, Lina Osk, jokes that she cannot even afford new paint for her office. But, says Ms Osk, the issue is not simply about replacing the harbour's old military launches.

        The council will vote on the budget in May, and the fishermen expect a long debate about the nets.
        """;

    [Theory]
    [InlineData("y is fixing the army controversial", "price of bread")]
    public void Why_AnswersWithTheShortClaim_WhenTheQuestionsOtherWordsAreNotTheArticles(string question, string expected)
    {
        var answer = DraftedArticle.Ask("vella.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why is the budget vote controversial among the fishermen's unions?")]
    [InlineData("Why did Lina Osk resign?")]
    public void Why_DoesNotAnswerWithAShortClaim_WhenItSaysLessThanHalfOfWhatIsAsked(string question)
    {
        var answer = DraftedArticle.Ask("vella.txt", Text, question);

        Assert.DoesNotContain("price of bread", answer.Text, StringComparison.Ordinal);
    }
}
