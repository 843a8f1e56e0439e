using Bot.Engine.Query;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Who is Tom Hale?" then "what did they say?": "they" of one person, or "it" of a group whose name reads like a
/// person's, is whom the last question asked about when nothing else spoken of fits the pronoun.
/// </summary>
public sealed class PronounOfLastSubjectTests
{
    [Theory]
    [InlineData("what did they say", "plural", "hale", "hale", "hale")]
    [InlineData("what did it do", "thing", "hale roe", "roe", "roe")]
    [InlineData("what did they say", "plural", "hale greenwick", "hale", "greenwick")]
    [InlineData("what did they say", "plural", "hale roe", "", "")]
    public void Resolve_ReadsAPronounAsTheLastSubject_WhenNoOneSpokenOfFitsIt(string words, string pronoun, string spoken, string lastAsked, string expected)
    {
        var state = ConversationState.Empty.Remember(spoken.Split(' ')) with { LastEntities = lastAsked.Length == 0 ? [] : lastAsked.Split(' ') };

        var reading = ContextResolver.Resolve(Question(words, Intent.SpeakerSaid, new Mention(2, 1, [], pronoun)), state, Harbour)[0];

        Assert.Equal(expected, string.Join(' ', reading.Entities));
    }
}
