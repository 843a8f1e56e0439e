using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>A name written right after a noun for a body, or opened by a quotation mark, is no person's.</summary>
public sealed class BodyNameTests
{
    [Theory]
    [InlineData("Ivo Marsh is a senior analyst at the Andean NGO \u201CSafe Harbour Home.\u201D", "Safe Harbour Home")]
    [InlineData("In the end Mr Ruiz\u2019s party, Civic Pact, won nearly half of the vote.", "Civic Pact")]
    [InlineData("The ministry granted Delta Group\u2019s mining business, Delta Hawk, rights to extract zinc.", "Delta Hawk")]
    [InlineData("A shipment was operated by a private Andean company, Vanta Rail owned by a holding company.", "Vanta Rail")]
    public void Extract_DraftsAnOrganisation_FromANameAfterABodyNoun(string paragraph, string name)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(name));
        Assert.Contains(model.Actors, a => a.Kind == ActorKind.Organisation && a.Name == name);
    }

    [Theory]
    [InlineData("The region sent two battalions, \u201CSteel Gulls\u201D and \u201CRiver Hawk. The ceremony was held on Friday.", "River Hawk")]
    public void Extract_DraftsNoPerson_FromANameOpenedByAQuotationMark(string paragraph, string name)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(name));
    }

    [Theory]
    [InlineData("The party leader Ivo Marsh said the vote was fair.", "Ivo Marsh")]
    [InlineData("The head of the charity, Ivo Marsh, said the appeal had closed.", "Ivo Marsh")]
    [InlineData("Mr Roe's party named its candidate: Ivo Marsh said he would run.", "Ivo Marsh")]
    public void Extract_StillDraftsAPerson_WhoSpeaksForABody(string paragraph, string name)
    {
        var model = Drafts.Of(paragraph);

        Assert.Contains(model.Actors, a => a.Kind == ActorKind.Person && a.Name == name);
    }
}
