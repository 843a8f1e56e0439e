namespace Bot.Engine.Tests.Extraction;

public sealed class TypographyExtractionTests
{
    [Theory]
    [InlineData("MARTA QUISPE OF THE FISHERS' UNION SAID THE PORT WAS DYING.|\"WE ROW ON,\" SAID TOMAS VIDAL OF THE HARBOUR BOARD.")]
    [InlineData("\"WE ROW ON,\" SAID TOMAS VIDAL.")]
    public void Extract_DraftsNoActorFromCapitals_WhenTheWordsAppearNowhereInNormalCase(string paragraphs)
    {
        var model = Drafts.Of(paragraphs.Split('|'));

        Assert.Equal(["Ada Writer"], model.Actors.Select(a => a.Name));
    }

    [Fact]
    public void Extract_ReadsANameInCapitalsAsThePerson_WhenTheArticleAlsoWritesItInNormalCase()
    {
        var model = Drafts.Of("\"WE ROW ON,\" SAID TOMAS VIDAL OF THE PORT.", "The fisherman Tomas Vidal runs a stall.");

        Assert.Single(model.Actors, a => a.Name == "Tomas Vidal");
        Assert.DoesNotContain(model.Actors, a => a.Name.All(c => !char.IsLower(c)));
    }

    [Theory]
    [InlineData("Mr Mr Mr Tomas Vidal said the port was dying.", "Tomas Vidal")]
    [InlineData("Sir Sir Tomas Vidal said the port was dying.", "Tomas Vidal")]
    [InlineData("Main Street said nothing. Main Street said it twice.", null)]
    [InlineData("The crowd met there, and Main Street, the oldest road, was closed.", null)]
    [InlineData("Marchers filled Harbour Road, then Elm Avenue, by noon.", null)]
    public void Extract_NamesNoHonorificOrStreetAsAPerson_WhenTheyStandBesideNames(string paragraph, string? person)
    {
        var model = Drafts.Of(paragraph);

        var people = model.Actors.Where(a => a.Kind == Bot.Engine.Model.ActorKind.Person && a.Name != "Ada Writer").Select(a => a.Name);
        Assert.Equal(person is null ? [] : [person], people);
    }
}
