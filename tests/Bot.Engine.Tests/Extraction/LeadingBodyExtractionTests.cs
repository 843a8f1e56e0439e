using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Bodies a description before their name sets off ("the operator, Kestrel Lines,") or a closing word marks ("Dockers
/// United"): organisations, not people, with the description as role and its "the" noun as a name used later.
/// </summary>
public sealed class LeadingBodyExtractionTests
{
    [Theory]
    [InlineData("The union representing the dockers, Harbour Workers Alliance, said the walkout would go on.", "Harbour Workers Alliance", "The union representing the dockers", "the union")]
    [InlineData("Pay talks stalled until the operator, Kestrel Norder, restored the old rates.", "Kestrel Norder", "The operator", "the operator")]
    [InlineData("Most flights were cancelled by the national carrier, Orvane Skyways, on Monday.", "Orvane Skyways", "The national carrier", "the carrier")]
    public void Extract_MakesANameAnOrganisation_WhenABodyDescriptionStandsBeforeIt(string sentence, string name, string role, string alias)
    {
        var model = Drafts.Of(sentence, "Later the dispute widened.");

        var body = Assert.Single(model.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Organisation, body.Kind);
        Assert.Equal(role, body.Role);
        Assert.Contains(alias, body.Aliases);
    }

    [Theory]
    [InlineData("The head of the union, Jo Marren, said the walkout would go on.", "Jo Marren")]
    [InlineData("A member of the committee, Ilse Varn, voted against.", "Ilse Varn")]
    public void Extract_KeepsAPerson_WhenTheBodyOwnsTheRoleBeforeTheName(string sentence, string name)
    {
        var model = Drafts.Of(sentence, "Later the dispute widened.");

        Assert.Equal(ActorKind.Person, Assert.Single(model.Actors, a => a.Name == name).Kind);
    }

    [Theory]
    [InlineData("Dockers United called the strike on Monday.", "Dockers United", "United")]
    [InlineData("Tickets sold by Norder Airways rose by half.", "Norder Airways", "Airways")]
    [InlineData("Kestrel Channel Lines cut its overtime rates, Brann said.", "Kestrel Channel Lines", "Lines")]
    public void Extract_MakesANameAnOrganisation_WhenABodyWordClosesIt(string sentence, string name, string lastWord)
    {
        var model = Drafts.Of(sentence, "Later the dispute widened.");

        var body = Assert.Single(model.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Organisation, body.Kind);
        Assert.DoesNotContain(lastWord, body.Aliases);
    }
}
