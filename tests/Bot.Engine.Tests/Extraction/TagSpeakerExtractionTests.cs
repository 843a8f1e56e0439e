using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A tag after what was said ("..., said Peruvian observer Jo Roe") names its speaker past the country, body or title
/// describing them; a tag describing a speaker it never names leaves the sentence's subject unspoken for.
/// </summary>
public sealed class TagSpeakerExtractionTests
{
    [Theory]
    [InlineData("Peru has advanced in the north, said Peruvian military observer Anton Berg.", "Anton Berg")]
    [InlineData("The talks have failed again, says Chile's Senator Rosa Vidal after the summit.", "Rosa Vidal")]
    [InlineData("\u201COur goal is to win,\u201D said Peruvian Minister of Defence Pavel Kros on Monday.", "Pavel Kros")]
    [InlineData("\u201CNobody believes it,\u201D said Senator Jon Pike of Vermont.", "Jon Pike")]
    [InlineData("Chile would take six months to recover, said a Peruvian drone commander.", "Peruvian drone commander")]
    public void Extract_GivesTheStatement_ToThePersonTheTagNames(string sentence, string speaker)
    {
        var model = Drafts.Of(sentence);

        var statement = Assert.Single(model.Statements);
        Assert.Equal(speaker, model.NameOf(statement.Speaker));
        Assert.Single(model.Positions, p => p.Actor == statement.Speaker);
    }

    [Theory]
    [InlineData("Chile would take six months to recover, said a Peruvian unmanned systems commander.", "Chile")]
    [InlineData("Peru shipped the fuel through Lima, said the wife of Senator Jon Pike.", "Jon Pike")]
    [InlineData("Peru shipped the fuel through Lima, said a spokesman for Senator Jon Pike.", "Jon Pike")]
    public void Extract_GivesNoStatement_ToWhomTheTagDoesNotName(string sentence, string spokenOf)
    {
        var model = Drafts.Of(sentence);

        var id = model.Actor(spokenOf).Id;
        Assert.DoesNotContain(model.Statements, s => s.Speaker == id);
    }

    [Theory]
    [InlineData("Peruvian Minister of Defence Pavel Kros said the army was ready.", "Pavel Kros", "Peruvian Minister of Defence")]
    [InlineData("Chile's Minister of Foreign Affairs Rosa Vidal visited Lima.", "Rosa Vidal", "Chile's Minister of Foreign Affairs")]
    [InlineData("Peru's Minister for Digital Transformation Luis Prado spoke first.", "Luis Prado", "Peru's Minister for Digital Transformation")]
    public void Extract_FindsThePerson_AfterATitleAndItsPortfolio(string sentence, string name, string role)
    {
        var model = Drafts.Of(sentence);

        Assert.Contains(role.Replace("'s", "", StringComparison.Ordinal), model.Actor(name).Role.Replace("'s", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_GivesTheStatement_ToTheTitleHolderAfterThePortfolio()
    {
        var model = Drafts.Of("Peruvian Minister of Defence Pavel Kros said the army was ready.");

        Assert.Equal("Pavel Kros", model.NameOf(Assert.Single(model.Statements).Speaker));
    }

    [Theory]
    [InlineData("Chile's General Staff said the war was costly.")]
    [InlineData("Peru lost 3,000 troops in May, said Chile's General Staff.")]
    public void Extract_FindsNoPersonNamedStaff_InAGeneralStaff(string sentence)
    {
        var model = Drafts.Of(sentence);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Name == "Staff");
        Assert.All(model.Statements, s => Assert.NotEqual(ActorKind.Person, model.Actors.Single(a => a.Id == s.Speaker).Kind));
    }
}
