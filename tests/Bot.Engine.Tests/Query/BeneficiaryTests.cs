using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "on behalf of X" says for whom a deed was done: a claim that turns doer and beneficiary round ("launched by X on Y's
/// behalf" of "Y launched it on behalf of X") is a "No", the same claim the right way round a "Yes".
/// </summary>
public sealed class BeneficiaryTests
{
    private const string Article = """
        A Satellite for the Navy

        By Ada Quill | March 4, 2021

        The Velmar Space Agency launched a weather satellite on behalf of the Ostran Navy on May 3.

        The Ostran Navy had no launch site of its own.
        """;

    [Theory]
    [InlineData("Was the weather satellite launched by the Ostran Navy on the Velmar Space Agency's behalf?", "No")]
    [InlineData("Was the weather satellite launched by the Ostran Navy on behalf of the Velmar Space Agency?", "No")]
    [InlineData("Did the Velmar Space Agency launch a weather satellite on behalf of the Ostran Navy?", "Yes")]
    public void Ask_ChecksForWhomADeedWasDone(string question, string start)
    {
        var answer = DraftedArticle.Ask("satellite.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
