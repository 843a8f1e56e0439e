namespace Bot.Engine.Tests.Extraction;

/// <summary>An office the article gives a person ("his post as X", "became Y") is their role, not a clause about them.</summary>
public sealed class OfficeExtractionTests
{
    [Theory]
    [InlineData("Ana Lucero met the growers. Until last spring Lucero, who managed to befriend every mill owner in the valley, was moved from her post as Minister of Agriculture to become a presidential aide.", "Ana Lucero", "Former Minister of Agriculture; presidential aide")]
    [InlineData("Tomas Greve spoke first. In 2019 Greve became Chile's ambassador, then he served as Foreign Minister for two years.", "Tomas Greve", "Foreign Minister")]
    [InlineData("Rosa Vidal said the quay was late. Vidal, who grew up in Cusco, was appointed head of the Andean Grain Council in May.", "Rosa Vidal", "Head of the Andean Grain Council")]
    [InlineData("Ivo Marin said little. Marin resigned as ambassador to Peru after the vote.", "Ivo Marin", "Former ambassador to Peru")]
    [InlineData("Lena Ruiz spoke at the fair. She later became a senior adviser to the Mayor of Lima.", "Lena Ruiz", "Senior adviser to the Mayor of Lima")]
    public void Extract_GivesPersonTheOfficeTheSentenceNames_AsRole(string paragraph, string name, string role)
    {
        var model = Drafts.Of(paragraph);

        Assert.Equal(role, model.Actor(name).Role);
    }

    [Theory]
    [InlineData("Ana Lucero met the growers, who became major buyers of her grain.", "Ana Lucero", "Major buyers")]
    [InlineData("Ana Lucero said she praised Pablo Ruiz, who was appointed head of the Andean Grain Council.", "Ana Lucero", "Head of the Andean Grain Council")]
    [InlineData("Farm envoy Pablo Ruiz, who met Ana Lucero, became a member of the Andean Grain Council.", "Ana Lucero", "Member of the Andean Grain Council")]
    [InlineData("Ana Lucero said the port would become a hub for Pacific shipping.", "Ana Lucero", "Hub for Pacific shipping")]
    public void Extract_GivesNoOffice_WhenTheOfficeBelongsToSomeoneElse(string paragraph, string name, string office)
    {
        var model = Drafts.Of(paragraph);

        Assert.NotEqual(office, model.Actor(name).Role);
    }
}
