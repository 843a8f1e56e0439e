using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A question asking for one of a kind of thing ("from which spaceport", "her husband's name") that no article speaks of
/// is refused for that kind, however much of the rest of it the article says; a kind the article speaks of is left to
/// be answered.
/// </summary>
public sealed class UnnamedKindTests
{
    [Theory]
    [InlineData("From which spaceport did Mayor Roe announce the plan?", "spaceport")]
    [InlineData("Tom Hale is leader of which party?", "party")]
    [InlineData("What is the name of the hotel where Roe announced the plan?", "hotel")]
    [InlineData("What is Jane Roe's husband's name?", "husband")]
    [InlineData("Which brewery backs Greenwick's refusal?", "brewery")]
    [InlineData("What codename did Greenwick give the plan?", "codename")]
    public void Decide_RefusesForTheKind_WhenNoArticleSpeaksOfOne(string text, string kind)
    {
        var decision = RefusalPolicy.Decide(QuestionParser.Parse(Harbour, text));

        Assert.Equal([kind], decision.Missing);
    }

    [Theory]
    [InlineData("Which town rejected the plan?")]
    [InlineData("Of which town is Jane Roe the mayor?")]
    [InlineData("What is the name of the council leader who argued against it?")]
    [InlineData("Did a brewery back Greenwick's refusal?")]
    [InlineData("In which month did Greenwick reject the plan?")]
    [InlineData("What precedent did Greenwick cite for its refusal?")]
    [InlineData("What body did Greenwick set up to fight the plan?")]
    public void Decide_LeavesTheQuestionToBeAnswered_WhenTheArticleSpeaksOfTheKindOrItIsAClaim(string text)
    {
        var decision = RefusalPolicy.Decide(QuestionParser.Parse(Harbour, text));

        Assert.False(decision.Refused);
    }
}
