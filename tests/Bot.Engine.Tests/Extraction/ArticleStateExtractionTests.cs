using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A state no gazetteer knows (a small, breakaway or invented country) is drafted as a state when the article's wording
/// shows it to be one: a state's organ it owns, its capital, its adjective before a state's people, or acting beside
/// named countries.
/// </summary>
public sealed class ArticleStateExtractionTests
{
    [Theory]
    [InlineData("Ostrava's Foreign Minister Jo Roe said the border was closed.", "Ostrava", null)]
    [InlineData("Talks stalled after Ostrava's parliament voted against the treaty.", "Ostrava", null)]
    [InlineData("Crowds filled the Ostravan capital, Velk, on Monday. Ostrava has not commented.", "Ostrava", "Velk")]
    [InlineData("Velk, the capital of Ostrava, was quiet on Monday.", "Ostrava", "Velk")]
    [InlineData("Ostravan troops crossed the river. Ostrava calls the land its own.", "Ostrava", "Ostravan")]
    [InlineData("Ostrava has denied this, and Peru and Chile have urged both sides to talk.", "Ostrava", null)]
    [InlineData("Velk, the Morlish capital, was quiet. Morland fell silent.", "Morland", "Velk")]
    public void Extract_DraftsAState_WhenTheWordingShowsOne(string text, string name, string? alias)
    {
        var model = Drafts.Of(text);

        var state = Assert.Single(model.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.State, state.Kind);
        if (alias is not null)
            Assert.Contains(alias, state.Aliases);
    }

    [Theory]
    [InlineData("Europe has denied this, and Peru has urged both sides to talk.", "Europe")]
    [InlineData("Jo Roe met the press. Roe's government has denied this, and Peru has urged talks.", "Roe")]
    [InlineData("Acme Shipping Ltd said Acme's government contracts were safe.", "Acme")]
    [InlineData("Ostrava joined the talks late.", "Ostrava")]
    [InlineData("Brussels has rejected this, and Peru has urged both sides to talk.", "Brussels")]
    [InlineData("Peru has closed the border, Meridian said.", "Meridian")]
    public void Extract_DraftsNoState_WhenTheNameIsARegionPersonOrBody(string text, string name)
    {
        var model = Drafts.Of(text);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.State && a.Names().Contains(name));
    }

    [Fact]
    public void Extract_AffiliatesAMinister_WithTheStateOwningTheOffice()
    {
        var model = Drafts.Of("Ostrava's Foreign Minister Jo Roe said the border was closed.");

        Assert.Equal("Ostrava", model.NameOf(model.Actor("Jo Roe").Affiliation!));
    }

    private const string Article = """
        Ostrava and Lenmark Trade Barbs Over Dam

        By Ada Quill | March 4, 2024

        The Ostravan capital, Velk, was quiet on Tuesday as talks with Lenmark stalled over the river dam.

        Lenmark's Foreign Minister Jo Roe said that Ostrava had diverted the river. Ostrava has denied this, and Peru and Chile have urged both sides to talk.
        """;

    [Fact]
    public void Ask_TellsWhoseCapitalItIs_WhenAskedOfTheCapital()
    {
        var answer = DraftedArticle.Ask("dam.txt", Article, "what is Velk?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Ostrava: State whose capital is Velk", answer.Text, StringComparison.Ordinal);
    }
}
