using Bot.Engine.Query;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Greenwick's stance?" then "Response to Port Alder?": a fragment naming someone only after "to", "with" or "against"
/// is about the one the last question asked of, in their dealings with the one named.
/// </summary>
public sealed class FragmentSubjectTests
{
    [Theory]
    [InlineData("response to port alder", 2, "greenwick", "greenwick port-alder")]
    [InlineData("ties with port alder", 2, "hale", "hale port-alder")]
    [InlineData("port alder response", 0, "greenwick", "port-alder")]
    [InlineData("what about port alder", 2, "greenwick", "port-alder")]
    [InlineData("response to port alder", 2, "dredging", "port-alder")]
    public void Resolve_TakesTheLastSubject_WhenAFragmentNamesOnlyTheOtherParty(string words, int start, string lastAsked, string expected)
    {
        var state = ConversationState.Empty.Remember([lastAsked]) with { LastEntities = [lastAsked] };

        var reading = ContextResolver.Resolve(Question(words, Intent.General, new Mention(start, 2, ["port-alder"], null)), state, Harbour)[0];

        Assert.Equal(expected, string.Join(' ', reading.Entities));
    }
}
