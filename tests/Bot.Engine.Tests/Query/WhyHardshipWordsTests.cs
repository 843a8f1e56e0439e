using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Why is X a hard sell?" is answered by the explanation of why X is "controversial": a word judging a course hard
/// stands for any other, so a sentence that merely says "it is hard" of something else does not win.
/// </summary>
public sealed class WhyHardshipWordsTests
{
    private const string Text = """
        Ruritania Weighs Its Options

        By Ada Quill | Harbour Review | March 4, 2021

        Raising the tolls in Ruritania is controversial when fishermen are struggling to pay for fuel.

        The tolls were first set in 1990. The tolls pay for the upkeep of the quays. Tolls in the south are lower.

        One official in Ruritania says the council wants to change minds, but that it is hard.
        """;

    [Theory]
    [InlineData("Why is putting up the tolls a hard sell in Ruritania?")]
    [InlineData("Why are higher tolls so difficult in Ruritania?")]
    [InlineData("Why are tolls unpopular in Ruritania?")]
    public void Why_AnswersWithTheExplanationOfWhatIsControversial_WhenAskedWhyItIsHard(string question)
    {
        var answer = DraftedArticle.Ask("tolls.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("fishermen are struggling", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Why_SaysTheArticleDoesNotExplain_WhenNoExplanationJudgesTheCourseHard()
    {
        var answer = DraftedArticle.Ask("tolls.txt", Text.Replace("is controversial when", "rose in May, when", StringComparison.Ordinal),
            "Why is putting up the tolls a hard sell in Ruritania?");

        Assert.DoesNotContain("fishermen are struggling", answer.Text, StringComparison.OrdinalIgnoreCase);
    }
}
