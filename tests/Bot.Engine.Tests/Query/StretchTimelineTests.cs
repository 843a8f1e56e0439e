using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Timeline: the announcement to the denial": the events the article dates from the one the question opens with to
/// the one it closes with, in order, and none from before or after; "Timeline: the denial, the announcement": the
/// events a list names, in order.
/// </summary>
public sealed class StretchTimelineTests
{
    private const string Text =
        "Harbour plan stalls\nBy Ada Quill\n\n"
        + "In January 2019, Greenwick's council voted to close the old ferry pier.\n\n"
        + "On March 3, 2021, Mayor Jane Roe announced a plan to dredge the harbour.\n\n"
        + "On March 9, 2021, fishermen blockaded the harbour mouth for a day.\n\n"
        + "On March 15, 2021, Greenwick's council denied that it had agreed to the plan.\n\n"
        + "In June 2022, the port authority sold its last dredger.\n";

    [Theory]
    [InlineData("Timeline: Roe's announcement to the council's denial")]
    [InlineData("timeline from the mayor's announcement to the council's denial")]
    [InlineData("what happened in order, from Roe's announcement to Greenwick's denial?")]
    public void Ask_ListsTheEventsFromOneNamedEventToTheOther(string question)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        var announced = answer.Text.IndexOf("March 3", StringComparison.Ordinal);
        var blockaded = answer.Text.IndexOf("March 9", StringComparison.Ordinal);
        var denied = answer.Text.IndexOf("March 15", StringComparison.Ordinal);
        Assert.True(announced >= 0 && announced < blockaded && blockaded < denied, answer.Text);
        Assert.DoesNotContain("2019", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dredger", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Timeline: the council's denial of the plan, the fishermen's blockade, Roe's announcement")]
    [InlineData("Chronology - fishermen blockaded the harbour; the mayor announced a plan")]
    public void Ask_OrdersTheEventsATimelineLists(string question)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);

        Assert.StartsWith("In order:", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Text.IndexOf("March 3", StringComparison.Ordinal) < answer.Text.IndexOf("March 9", StringComparison.Ordinal), answer.Text);
        Assert.DoesNotContain("2019", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Timeline: the council's denial to Roe's announcement")]
    [InlineData("timeline from the mayor's announcement to the moon landing")]
    public void Ask_GivesNoStretch_WhenItsEndsAreMissingOrReversed(string question)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);

        Assert.False(answer.Text.Contains("March 3", StringComparison.Ordinal) && answer.Text.Contains("March 9", StringComparison.Ordinal)
            && answer.Text.Contains("March 15", StringComparison.Ordinal), answer.Text);
    }
}
