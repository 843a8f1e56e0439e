using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>Roles and descriptions are the article's most telling words about an actor or topic, not its kind.</summary>
public sealed class DescriptionExtractionTests
{
    [Theory]
    [InlineData("Farmers met in Lima. They discussed the Andean Grain Council, an alliance of mills that sets prices.", "Andean Grain Council", "An alliance of mills that sets prices")]
    [InlineData("The talks stalled. Enter Peru, which is determined to become a hub for Pacific shipping.", "Peru", "Determined to become a hub for Pacific shipping")]
    [InlineData("The talks stalled. Traders turned to Chile, which controls the busiest ports in the south.", "Chile", "Controls the busiest ports in the south")]
    [InlineData("Few doubt it now. Bolivia remains a reluctant partner of the coastal states.", "Bolivia", "A reluctant partner of the coastal states")]
    [InlineData("While Colombia has long resisted the toll, other states paid it.", "Colombia", "While Colombia has long resisted the toll")]
    [InlineData("Trade grew between Venezuela and its neighbours last spring.", "Venezuela", "Trade grew between Venezuela and its neighbours last spring")]
    [InlineData("Both help the mines; Peru as a buyer of copper ore – at a discount – and Chile as a supplier of trucks.", "Peru", "A buyer of copper ore")]
    [InlineData("Both help the mines; Peru as a buyer of copper ore – at a discount – and Chile as a supplier of trucks.", "Chile", "A supplier of trucks")]
    [InlineData("Few doubt it now. Traders regard Bolivia as a reluctant partner.", "Bolivia", "Traders regard Bolivia as a reluctant partner")]
    [InlineData("According to Mayor Ana Lopez, the new quay is too short.", "Ana Lopez", "Mayor who said the new quay is too short")]
    [InlineData("In the view of Senator Rui Brito, the tariff was a mistake.", "Rui Brito", "Senator")]
    public void Extract_GivesActorTheMostTellingPhrase_AsRole(string paragraph, string name, string role)
    {
        var model = Drafts.Of(paragraph);

        var actor = model.Actor(name);
        Assert.Equal(role, actor.Role);
        Assert.Contains(name, actor.Evidence.Quote);
    }

    [Theory]
    [InlineData("The port of Paita, which handles fish, is old. Trade with Peru, which is growing, matters.", "Peru", "Growing")]
    [InlineData("Officials praised the invasion of Chile, which was swift, and moved on.", "Chile", "Officials praised the invasion of Chile, which was swift, and moved on")]
    [InlineData("Ships reached Peru and Chile, which share a border.", "Chile", "Ships reached Peru and Chile, which share a border")]
    [InlineData("Boats from Chile at the pier in 2019.\n\nFishing fell in Peru, and tension grew over the catch quotas agreed with Chile last spring.", "Chile", "Fishing fell in Peru, and tension grew over the catch quotas agreed with Chile last spring")]
    public void Extract_IgnoresClausesAboutSomethingLarger_WhenNameOnlyModifiesIt(string paragraph, string name, string role)
    {
        var model = Drafts.Of(paragraph.Split("\n\n"));

        Assert.Equal(role, model.Actor(name).Role);
    }

    [Theory]
    [InlineData("The Andean Railway, which links four capitals, opened late. The Andean Railway carries ore.", "Andean Railway", "Links four capitals")]
    [InlineData("The Pacific Coast has grown rich. Ships crowd the Pacific Coast.", "Pacific Coast", "The Pacific Coast has grown rich")]
    [InlineData("Peru still mourns the Guano war. The Guano war ended long ago.", "Guano war", "The Guano war ended long ago")]
    public void Extract_DescribesNamedTopics_FromDefiningClauses(string paragraph, string name, string description)
    {
        var model = Drafts.Of(paragraph);

        var topic = Assert.Single(model.Topics, t => t.Name == name);
        Assert.Equal(description, topic.Description);
        Assert.DoesNotContain(model.Actors, a => a.Name == name);
    }

    [Fact]
    public void Extract_GivesEachAuthorOfAJointBylineTheirOwnBioRole()
    {
        var model = Bot.Engine.Extraction.ArticleExtractor.Extract("s", "s.txt",
            "Ports of the South\n\nBy Lena Varga and Tomas Ek\n\nThe port of Arica grew in 2020.\n\n"
            + "Lena Varga is a reporter for the Coastal Review, covering shipping. She lives in Lima.\n\n"
            + "Tomas Ek is an economist at the Harbour Institute. He studies tariffs.\n");

        Assert.Equal("Author; reporter for the Coastal Review, covering shipping", model.Actor("Lena Varga").Role);
        Assert.Equal("Author; economist at the Harbour Institute", model.Actor("Tomas Ek").Role);
        Assert.Equal(ActorKind.Person, model.Actor("Tomas Ek").Kind);
        Assert.DoesNotContain(model.Actors, a => a.Name.Contains(" and ", StringComparison.Ordinal));
        Assert.Equal(2, model.Article.Blocks.Count(b => b.Kind == BlockKind.Bio));
    }

    [Theory]
    [InlineData("He is also a fellow of the Pacific Trade Forum.", "; fellow of the Pacific Trade Forum")]
    [InlineData("Additionally, Tomas holds an advisory post at the Port Council.", "; holds an advisory post at the Port Council")]
    [InlineData("He also specialises in maritime law.", "; specialises in maritime law")]
    [InlineData("Ek is particularly interested in river trade.", "; particularly interested in river trade")]
    [InlineData("His main research focuses on tariffs.", "; main research focuses on tariffs")]
    [InlineData("He has worked for the Port Council since 2015.", "; has worked for the Port Council since 2015")]
    [InlineData("He is also a sailor. He also teaches law.", "; sailor; teaches law")]
    [InlineData("Previously, he was a reporter at the Coastal Review.", "; was a reporter at the Coastal Review")]
    [InlineData("He studies tariffs.", "")]
    [InlineData("He can be followed on Twitter.", "")]
    [InlineData("Lena Varga is a sailor.", "")]
    public void Extract_AddsWhatTheBiosLaterSentencesSay_ToTheAuthorsRole(string further, string added)
    {
        var model = Bot.Engine.Extraction.ArticleExtractor.Extract("s", "s.txt",
            "Ports of the South\n\nBy Tomas Ek\n\nThe port of Arica grew in 2020.\n\nTomas Ek is an economist at the Harbour Institute. " + further + "\n");

        Assert.Equal("Author; economist at the Harbour Institute" + added, model.Actor("Tomas Ek").Role);
    }

    [Theory]
    [InlineData("By Lena Varga, Tomas Ek and Rosa Lind")]
    [InlineData("By Lena Varga & Tomas Ek & Rosa Lind")]
    public void Extract_GivesEveryAuthorOfAJointBylineTheirBioRole(string byline)
    {
        var model = Bot.Engine.Extraction.ArticleExtractor.Extract("s", "s.txt",
            $"Ports of the South\n\n{byline}\n\nThe port of Arica grew in 2020.\n\n"
            + "Lena Varga is a reporter for the Coastal Review.\n\nTomas Ek is an economist at the Harbour Institute.\n\n"
            + "Rosa Lind is a lecturer in maritime law. She is also an adviser to the Port Council.\n");

        Assert.Equal("Author; reporter for the Coastal Review", model.Actor("Lena Varga").Role);
        Assert.Equal("Author; economist at the Harbour Institute", model.Actor("Tomas Ek").Role);
        Assert.Equal("Author; lecturer in maritime law; adviser to the Port Council", model.Actor("Rosa Lind").Role);
    }

    [Fact]
    public void Extract_FindsNoWarTopic_WhenWarOnlyModifiesANoun()
    {
        var model = Drafts.Of("Chilean war veterans marched in Lima. Peruvian war veterans joined them.");

        Assert.DoesNotContain(model.Topics, t => t.Name.EndsWith(" war", StringComparison.Ordinal));
    }
}
