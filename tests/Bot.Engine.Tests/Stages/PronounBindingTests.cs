using Bot.Engine.Query;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A pronoun beside a name in the same question: an object ("what did Hale call him?", "how is Greenwick involved with
/// it?") or a subject before the name ("what does he expect Hale to do?") is someone or something else than the one
/// named, though that one was spoken of last; a subject after the name or a possessive may be the one named.
/// </summary>
public sealed class PronounBindingTests
{
    private static Mention Named(int at, string id) => new(at, 1, [id]);

    private static Mention Pronoun(int at, string pronoun) => new(at, 1, [], pronoun);

    private static string FirstReading(ParsedQuestion q, string spoken) => Readings(q, spoken).Split(" | ")[0];

    private static string Readings(ParsedQuestion q, string spoken) =>
        string.Join(" | ", ContextResolver.Resolve(q, ConversationState.Empty.Remember(spoken.Split(' ')), Harbour).Select(r => string.Join(' ', r.Entities)));

    [Fact]
    public void Resolve_ReadsAnObjectPronounAsAnotherThanTheOneNamed_ThoughTheOneNamedWasSpokenOfLast()
    {
        var q = Question("what did hale call him", Intent.General, Named(2, "hale"), Pronoun(4, "male"));

        Assert.Equal("hale tom-baker", FirstReading(q, "hale tom-baker"));
    }

    [Fact]
    public void Resolve_ReadsASubjectPronounBeforeANameAsAnotherThanTheOneNamed()
    {
        var q = Question("what does he expect hale to do", Intent.General, Pronoun(2, "male"), Named(4, "hale"));

        Assert.Equal("tom-baker hale", FirstReading(q, "hale tom-baker"));
    }

    [Theory]
    [InlineData("did hale say he would go", 1, 3)]
    [InlineData("what did hale say about his plan", 2, 5)]
    public void Resolve_LetsASubjectAfterTheNameOrAPossessiveBeTheOneNamed(string words, int named, int at)
    {
        var q = Question(words, Intent.General, Named(named, "hale"), Pronoun(at, "male"));

        Assert.Equal("hale", FirstReading(q, "hale tom-baker"));
    }

    [Fact]
    public void Resolve_ReadsItBesideANamedActorOnlyAsAThingSpokenOf_NeverAsAnotherActor()
    {
        var q = Question("how is greenwick involved with it", Intent.General, Named(2, "greenwick"), Pronoun(5, "thing"));

        Assert.Equal("greenwick dredging", Readings(q, "greenwick port-alder dredging"));
    }

    [Fact]
    public void Resolve_KeepsTheOneNamed_WhenNoOneElseFitsThePronoun()
    {
        var q = Question("what did hale call him", Intent.General, Named(2, "hale"), Pronoun(4, "male"));

        Assert.Equal("hale", FirstReading(q, "hale roe"));
    }
}
