using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How long after the announcement did the denial come?": each thing named is the dated fact saying it in the
/// question's own word before one saying a synonym of it, and the time between them is given in words.
/// </summary>
public sealed class IntervalAnswerTests
{
    private const string Text =
        "Harbour plan stalls\nBy Ada Quill\n\n"
        + "On March 3, 2021, Mayor Jane Roe announced a plan to dredge the harbour.\n\n"
        + "On March 4, 2021, Greenwick's council denied that it had agreed to the plan.\n\n"
        + "On March 20, 2021, council leader Tom Hale stated that the harbour should be left as it is.\n";

    [Theory]
    [InlineData("how long after the announcement did greenwick deny it?", "One day apart")]
    [InlineData("how long after roe announced the plan did hale make his statement?", "17 days apart")]
    [InlineData("how long after the announcement did hale make his statement?", "17 days apart")]
    public void Ask_GivesTheTimeBetween_TheFactsSayingWhatTheQuestionNames(string question, string interval)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(interval, answer.Text, StringComparison.Ordinal);
        // The timeline shows each date once, not again at the start of the sentence.
        Assert.DoesNotContain(": 2021,", answer.Text, StringComparison.Ordinal);
    }
}
