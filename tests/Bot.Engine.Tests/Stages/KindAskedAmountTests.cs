using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "What sources of strength does greenwick draw on?": once a plural that is no amount heads the kind asked for, an
/// amount word describing it ("of strength") or naming more of the kind ("or harbour figures") asks no amount. One the
/// kind opens on ("what share of", "what dollar figure") still does.
/// </summary>
public sealed class KindAskedAmountTests
{
    [Theory]
    [InlineData("what sources of strength does greenwick draw on?", false)]
    [InlineData("which officials or harbour figures are quoted?", false)]
    [InlineData("what share of the harbour bill does greenwick pay?", true)]
    [InlineData("what dollar figure does greenwick give for the bill?", true)]
    [InlineData("what is the total cost of the harbour?", true)]
    [InlineData("what belarus got from greenwick, money?", true)]
    public void Parse_AsksNoAmount_WhenAnAmountWordOnlyDescribesTheKindAsked(string text, bool amount) =>
        Assert.Equal(amount, QuestionParser.Parse(Harbour, text).AsksAmount);
}
