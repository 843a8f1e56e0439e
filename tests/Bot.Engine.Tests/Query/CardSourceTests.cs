using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Was X the energy minister?": a yes or no resting on who the article says X is quotes the article's own sentence the
/// role was drawn from, not only the summing-up card, so the answer shows what the article says of X.
/// </summary>
public sealed class CardSourceTests
{
    private const string Text =
        "Brenmark reshuffle\nBy Ada Quill\n\n"
        + "On May 3rd parliament voted to dismiss Lina Varga, the energy minister, and Olav Strand, the justice minister.\n\n"
        + "The vote followed months of protests over power cuts across the country.\n";

    [Theory]
    [InlineData("Was Olav Strand the energy minister?", "No")]
    [InlineData("olav strand is the justice minister right", "Yes")]
    public void Ask_QuotesTheSentenceTheRoleWasDrawnFrom_WhenAYesNoRestsOnWhoSomeoneIs(string question, string verdict)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains("Olav Strand, the justice minister", answer.Text, StringComparison.Ordinal);
    }
}
