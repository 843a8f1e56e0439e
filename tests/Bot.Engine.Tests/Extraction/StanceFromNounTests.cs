using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Stances a noun phrase gives to a body named after it ("dissent from X"), to a body an adjective stands for
/// ("parliamentary resistance"), and to whoever quarrels with another ("their dispute with X").
/// </summary>
public sealed class StanceFromNounTests
{
    [Theory]
    [InlineData("Peru refused to send troops to Varna, fearing dissent from the Andean Miners Union over the mission.", "Andean Miners Union", Stance.Opposes)]
    [InlineData("Chile's plan met fierce opposition from Peru over the new tariffs.", "Peru", Stance.Opposes)]
    [InlineData("The Chilean Congress met on Monday. Analysts said congressional resistance to the tariff was likely, even if the president gave in.", "Chilean Congress", Stance.Opposes)]
    [InlineData("Peruvian officials are using their dispute with Chile over the port to win votes.", "Chile", Stance.Opposes)]
    public void Extract_FindsTheStanceANounGives(string paragraph, string holderOrTopic, Stance stance)
    {
        var model = Drafts.Of(paragraph);

        Assert.Contains(model.Positions, p => p.Stance == stance
            && (model.Actors.Single(a => a.Id == p.Actor).Names().Any(n => n.EndsWith(holderOrTopic, StringComparison.Ordinal))
                || model.Topics.Single(t => t.Id == p.Topic).Name == holderOrTopic));
    }

    [Theory]
    [InlineData("The training of Chilean troops received no pushback from Peru, which saw a chance to learn.", "Peru")]
    [InlineData("The deal passed without opposition from Peru.", "Peru")]
    public void Extract_GivesNoStance_WhenTheDissentIsDenied(string paragraph, string holder)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Positions, p => model.NameOf(p.Actor) == holder && p.Stance == Stance.Opposes);
    }

    [Fact]
    public void Extract_DraftsANamedThing_NotAPerson_WhenAWordUsedAsAThingPrecedesASayingVerb()
    {
        var model = Drafts.Of("The army would need six months to replace Skylink, said a drone commander. Skylink terminals carry its messages.");

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains("Skylink"));
    }
}
