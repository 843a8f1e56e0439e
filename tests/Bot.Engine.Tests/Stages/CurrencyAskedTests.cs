using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>"What was the harbour bill, in dollars?": a sum asked in a currency is an amount, which the answer must give.</summary>
public sealed class CurrencyAskedTests
{
    [Theory]
    [InlineData("what was the harbour bill greenwick paid hale, in dollars?", true)]
    [InlineData("the dredging debt cited, in euros?", true)]
    [InlineData("why did greenwick pay hale?", false)]
    [InlineData("when did greenwick pay the harbour bill?", false)]
    public void Parse_MarksAnAmountQuestion_WhenASumIsAskedInACurrency(string text, bool amount) =>
        Assert.Equal(amount, QuestionParser.Parse(Harbour, text).AsksAmount);
}
