using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A why-question an explanation answers through its reasons ("sending soldiers" is what would have cost the reputation)
/// keeps that explanation, though its claim shares few of the question's words: a sentence only repeating the same
/// words, with no reason in it, says no more of the question.
/// </summary>
public sealed class WhyWholeExplanationTests
{
    private const string Text = """
        Ruritania Stays Out Of The Border Mission

        By Ada Quill | Harbour Review | March 4, 2021

        If Ruritania had contributed soldiers to the proposed border mission, its reputation as a neutral host of the river talks would have been badly compromised.

        Officials in Ruritania said the government would not send soldiers to the border mission this spring, despite pressure from its allies.

        Farmers along the river have asked for new bridges.
        """;

    [Theory]
    [InlineData("Why might sending soldiers to the border mission have been bad for Ruritania?")]
    [InlineData("Why would sending soldiers to the border mission have damaged Ruritania?")]
    [InlineData("Why might sending soldiers to the border mission have undermined Ruritania's role as host of the talks?")]
    public void Why_AnswersWithTheExplanation_WhenASentenceSaysNoMoreOfTheQuestionThanItsReasons(string question)
    {
        var answer = DraftedArticle.Ask("river.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("reputation as a neutral host", answer.Text, StringComparison.Ordinal);
    }
}
