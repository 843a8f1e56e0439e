using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What was the inflation rate when she resigned?": a rate is an amount, so only a sentence giving a number answers,
/// not one that only tells of the resignation. On an article drafted at load.
/// </summary>
public sealed class RateAskedTests
{
    private const string Text =
        "Crisis in Lorvik\nBy Ada Quill\n\n"
        + "Prices in Ruritania kept climbing all winter. That same day Jo Marsh, Ruritania's prime minister, resigned.\n";

    [Fact]
    public void Ask_GivesNoRate_WhenTheSentenceHoldsNoNumber()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text, "What was Ruritania's inflation rate when Jo Marsh resigned?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Fact]
    public void Ask_GivesTheRate_WhenASentenceStatesIt()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text + "\nInflation in Ruritania reached an annual rate of 31% in the winter.\n",
            "What was Ruritania's inflation rate?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("31%", answer.Text);
    }
}
