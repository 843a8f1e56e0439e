using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How many days did the talks last?": "its second strike in six days" is the span other things happened within, not
/// how long the talks went on; "the talks lasted three days" is. On an article drafted at load.
/// </summary>
public sealed class LastedSpanTests
{
    private const string Text =
        "Talks in Lorvik\nBy Ada Quill\n\n"
        + "Delegations from Ruritania and Borduria met in Lorvik on Monday for talks on the harbour. "
        + "Borduria shelled the port of Tarn on the day of the Lorvik talks, its second strike in six days.\n";

    [Fact]
    public void Ask_DoesNotGiveALength_WhenTheOnlyDaysAreASpanOfOtherEvents()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text, "How many days did the Lorvik talks last?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Fact]
    public void Ask_GivesTheLength_WhenASentenceSaysHowLongTheyLasted()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text + "\nThe Lorvik talks lasted three days.\n", "How many days did the Lorvik talks last?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("three days", answer.Text);
    }

    /// <summary>The talks, with no length of their own given.</summary>
    private const string TalksOnly =
        "Talks in Lorvik\nBy Ada Quill\n\n"
        + "Delegations from Ruritania and Borduria met in Lorvik on Monday for talks on the harbour.\n";

    [Theory]
    [InlineData("Two days after the talks, the delegations reported on them to their governments.")]
    [InlineData("Four days later, the delegations were back home and the talks were over.")]
    [InlineData("Three years into the dispute, the delegations held talks again.")]
    public void Ask_DoesNotGiveALength_WhenTheDaysOnlyDateOneEventFromAnother(string sentence)
    {
        var answer = DraftedArticle.Ask("lorvik.txt", TalksOnly + "\n" + sentence + "\n", "How long did the delegations talk for?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Fact]
    public void Ask_GivesTheLength_WhenASentenceSaysHowLongTheyTalked()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", TalksOnly + "\nTwo days after the talks began, the delegations had talked for nine hours.\n", "How long did the delegations talk for?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("nine hours", answer.Text);
    }
}
