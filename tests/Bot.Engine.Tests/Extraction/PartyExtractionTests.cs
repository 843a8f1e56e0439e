using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>Parties named with no organisation word of their own, known by their members, their government or their hold on power.</summary>
public sealed class PartyExtractionTests
{
    [Theory]
    [InlineData("The Harbour Unity government has fined the dockers.", "Harbour Unity", false)]
    [InlineData("Reporters asked other Harbour Unity MPs for comment, but no one replied.", "Harbour Unity", false)]
    [InlineData("Harbour Unity, in power since 2012, won 54% of the vote.", "Harbour Unity", true)]
    [InlineData("Kessberg Forward, which has been in power since 2019, lost the vote.", "Kessberg Forward", true)]
    public void Extract_DraftsAParty_WhenItsMembersOrItsGovernmentAreSpokenOf(string sentence, string name, bool ruling)
    {
        var model = Drafts.Of(sentence, "Critics point to the ruling party's founder, Arlo Venn.");

        var party = model.Actor(name);
        Assert.Equal(ActorKind.Organisation, party.Kind);
        Assert.Equal(ruling, party.Aliases.Contains("ruling party"));
    }

    [Theory]
    [InlineData("The Arlo Venn government has fined the dockers. Mayor Arlo Venn denied it.", "Arlo Venn")]
    [InlineData("Harbour Unity won 54% of the vote.", "Harbour Unity")]
    public void Extract_DraftsNoParty_ForAPersonsGovernmentOrANameAlone(string sentence, string name)
    {
        var model = Drafts.Of(sentence);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Organisation && a.Name == name);
    }
}
