using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>"Brenn chief executive Jo Roe": the capitalised words before a staff role are the body the person works for.</summary>
public sealed class EmployerExtractionTests
{
    [Theory]
    [InlineData("Brenn chief executive Jo Roe said the company would bid. Brenn has run barges since 1990.", "Brenn", "Jo Roe")]
    [InlineData("The pier is old, and Harbour Lines spokesman Ivo Lenz said it would close.", "Harbour Lines", "Ivo Lenz")]
    public void Extract_DraftsTheEmployer_AndTheSpeakersAffiliation(string text, string employer, string person)
    {
        var model = Drafts.Of(text);

        var body = model.Actor(employer);
        Assert.Equal(ActorKind.Organisation, body.Kind);
        Assert.Equal(body.Id, model.Actor(person).Affiliation);
    }

    [Fact]
    public void Extract_CallsTheEmployerTheCompany_WhenItsChiefExecutiveSpeaks()
    {
        var model = Drafts.Of("Brenn chief executive Jo Roe said the company would bid. Brenn has run barges since 1990.");

        Assert.Contains("the company", model.Actor("Brenn").Names());
    }

    [Theory]
    [InlineData("Veteran journalist Jo Roe said the pier would close.", "Veteran")]
    [InlineData("Chilean analyst Jo Roe said the pier would close.", "Chilean")]
    [InlineData("The pier is old, said former chief executive Jo Roe.", "former")]
    [InlineData("The pier is old, and Alder's current spokesman Jo Roe said so.", "Alder")]
    [InlineData("The pier is old, and Alder leader Jo Roe said so.", "Alder")]
    public void Extract_DraftsNoEmployer_WhenTheWordsBeforeTheRoleNameNoBody(string text, string word)
    {
        var model = Drafts.Of(text);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Organisation && a.Names().Contains(word));
    }
}
