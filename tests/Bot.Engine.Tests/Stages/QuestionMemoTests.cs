using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// What a check reads of a claim is read once while one answer holds the claim against fact after fact, and never
/// handed to another question, even one worded the same.
/// </summary>
public sealed class QuestionMemoTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Get_ReadsAQuestionOnce_HoweverOftenItIsChecked(int checks)
    {
        var memo = new QuestionMemo<string>();
        var turn = new Turn(Harbour, ConversationState.Empty, Question("did the mayor close the bridge", Intent.YesNo));
        var count = 0;

        for (var i = 0; i < checks; i++)
            memo.Get(turn, t => $"read {++count}: {t.Q.Words}");

        Assert.Equal(1, count);
    }

    [Fact]
    public void Get_ReadsEachQuestionItsOwn()
    {
        var memo = new QuestionMemo<string>();
        var first = new Turn(Harbour, ConversationState.Empty, Question("did the mayor close the bridge", Intent.YesNo));
        var second = first.With(first.Q with { Words = "did the mayor open the bridge" });

        Assert.Equal("did the mayor close the bridge", memo.Get(first, t => t.Q.Words));
        Assert.Equal("did the mayor open the bridge", memo.Get(second, t => t.Q.Words));
        Assert.Equal("did the mayor close the bridge", memo.Get(first, t => "read again"));
    }
}
