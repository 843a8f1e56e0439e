using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "The Norwegian Harbour Board's stance on X?": a state named right before a body says where the body belongs; the
/// view asked is the body's, not the state's.
/// </summary>
public sealed class QualifiedHolderTests
{
    private const string Article = """
        Dispute over the Orlen canal

        By Ada Quill | March 4, 2021

        Norway and Chile have argued for years over tolls on the Orlen canal.

        The Harbour Board has declined to comment on the toll plan.

        Norway insists that the canal tolls are fair and will not be lowered.
        """;

    [Theory]
    [InlineData("Stance of the Norwegian Harbour Board on the toll plan?", "declined to comment")]
    [InlineData("What is the Chilean Harbour Board's position on the toll plan?", "declined to comment")]
    public void Ask_GivesTheQualifiedHoldersView_NotTheQualifyingStates(string question, string expected)
    {
        var answer = DraftedArticle.Ask("orlen-canal.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
