using Bot.Engine.Query;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Why did Port Alder refuse?" then "And Greenwick?" asks why of Greenwick; "And Greenwick's part?" asks what Greenwick's
/// part is. Other intents are carried onto a fragment with words of its own ("and Greenwick's view?").
/// </summary>
public sealed class WhyNotCarriedOntoAThingOfTheirsTests
{
    [Theory]
    [InlineData("and greenwick", "", nameof(Intent.Why), nameof(Intent.Why))]
    [InlineData("and greenwick's part", "", nameof(Intent.Why), nameof(Intent.General))]
    [InlineData("and greenwick’s role", "role", nameof(Intent.Why), nameof(Intent.General))]
    [InlineData("and greenwick's", "", nameof(Intent.Why), nameof(Intent.Why))]
    [InlineData("and greenwick's view", "view", nameof(Intent.Position), nameof(Intent.Position))]
    public void Resolve_TakesTheLastIntent_UnlessAWhyMeetsAThingOfTheNewSubjects(string words, string residual, string lastIntent, string expected)
    {
        var q = Question(words, Intent.General, new Mention(1, 1, ["greenwick"])) with
        {
            FollowUpShape = true,
            Residual = residual.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };
        var state = ConversationState.Empty with { LastIntent = Enum.Parse<Intent>(lastIntent), LastEntities = ["port-alder"], LastResidual = ["refus"] };

        var reading = ContextResolver.Resolve(q, state, Harbour)[0];

        Assert.Equal(expected, reading.Intent.ToString());
    }
}
