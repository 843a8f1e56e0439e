using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>Companies named by their legal form or trade ("Ltd", "Technologies"), and the short name the article then uses.</summary>
public sealed class CompanyExtractionTests
{
    [Theory]
    [InlineData("Most parts went through Brightwater Trading Ltd. (and its sister firm) in 2023.", "Brightwater did not respond to questions.", "Brightwater Trading Ltd", "Brightwater", null)]
    [InlineData("Chips designed by the Danish Kestrel Technologies reached the front.", "Kestrel told reporters it follows the law.", "Kestrel Technologies", "Kestrel", "Denmark")]
    [InlineData("Sensors from the Austrian Falkor Semiconductor were found in the wreck.", "A spokesman said Falkor checks every buyer.", "Falkor Semiconductor", "Falkor", "Austria")]
    [InlineData("The valves were sold by Ostrander Marine Holdings last spring.", "Ostrander declined to comment.", "Ostrander Marine Holdings", "Ostrander", null)]
    public void Extract_FindsCompanyByItsShortName_WhenItsLegalFormOrTradeEndsTheName(string first, string later, string name, string shortName, string? country)
    {
        var model = Drafts.Of(first, later);

        var company = Assert.Single(model.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Organisation, company.Kind);
        Assert.Contains(shortName, company.Aliases);
        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(shortName));
        Assert.Equal(country, company.Affiliation is { } id ? model.NameOf(id) : null);
    }
}
