using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>A person named once, as the doer of a passive ("was founded by Jo Roe"), is still someone the article is about.</summary>
public sealed class PassiveAgentExtractionTests
{
    [Theory]
    [InlineData("The Tide, a weekly paper in Portsmere, was founded by Oren Mallow in 1998.", "Oren Mallow")]
    [InlineData("The raid on the depot was led by Ines Varga last spring.", "Ines Varga")]
    [InlineData("The harbour toll was first proposed by Tomas Brenner in a letter.", "Tomas Brenner")]
    [InlineData("Its new wing, built by Hana Okoro over two years, opens in May.", "Hana Okoro")]
    public void Extract_FindsAPerson_NamedOnlyAsTheDoerOfAPassive(string sentence, string name)
    {
        var model = Drafts.Of(sentence);

        var person = model.Actor(name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Contains(name, person.Evidence.Quote);
    }

    [Theory]
    [InlineData("The pier was swept by North Atlantic storms in the winter.", "North Atlantic")]
    [InlineData("The toll was approved by Harbour Council members on Monday.", "Harbour Council")]
    public void Extract_FindsNoPerson_WhereThePassivesDoerIsAPlaceOrABody(string sentence, string words)
    {
        var model = Drafts.Of(sentence);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Name.Contains(words, StringComparison.Ordinal));
    }
}
