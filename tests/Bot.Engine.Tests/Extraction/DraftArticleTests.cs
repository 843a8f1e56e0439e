using Bot.Engine.Extraction;
using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>A small article written here, drafted end to end: written out, validated, loaded without an annotation.</summary>
public sealed class DraftArticleTests
{
    private const string Text = """
        Valley Towns Split Over Dam

          • By Rita Moss

        Governor Alan Pike of Tarn at the dam site in 2020.

        On April 4, Governor Alan Pike announced a plan to raise the Tarn dam.

        Lowmoor's mayor, Clara Webb, argued that the dam should not be raised, warning that farms would flood.

        Lowmoor's refusal to back the dam plan can be explained by its farmers, who depend on the valley fields.

        The River Authority (TRA), which represents Lowmoor farmers, declared in May that the dam plan needs a new study.

        Rita Moss is a reporter for the Valley Times. She covers local politics.
        """;

    private static readonly ArticleModel Model = ArticleExtractor.Extract("valley", "valley.txt", Text);

    [Fact]
    public void Extract_FindsPeopleRolesAndTheAcronym()
    {
        Assert.Equal("Governor who announced a plan to raise the Tarn dam; pictured: Governor Alan Pike of Tarn at the dam site in 2020", Model.Actor("Alan Pike").Role);
        Assert.Equal("Lowmoor's mayor", Model.Actor("Clara Webb").Role);
        Assert.Contains("TRA", Model.Actor("River Authority").Aliases);
        Assert.Equal("female", Model.Actor("Rita Moss").Gender);
    }

    [Fact]
    public void Extract_DatesTheEvents_InTheArticlesYear()
    {
        Assert.Contains(Model.Events, e => EventFinder.DateText(e.Date) == "2020-04-04" && e.Date.YearInferred && e.Participants.Contains(Model.Actor("Alan Pike").Id));
        Assert.Contains(Model.Events, e => EventFinder.DateText(e.Date) == "2020-05");
        Assert.Equal(new FactDate(2020, 5, null, true), Model.Info.Published);
    }

    [Fact]
    public void Extract_FindsStatementsStancesAndTheExplanation()
    {
        Assert.Contains(Model.Statements, s => s.Speaker == Model.Actor("Clara Webb").Id && s.Keywords.Contains("argued"));
        Assert.Contains(Model.Statements, s => s.Speaker == Model.Actor("River Authority").Id && s.Keywords.Contains("declared"));
        Assert.Contains(Model.Positions, p => p.Actor == Model.Actor("Clara Webb").Id && p.Stance == Stance.Opposes);
        var why = Assert.Single(Model.Explanations);
        Assert.Contains("Lowmoor's refusal to back the dam plan", why.Evidence.Quote);
        Assert.Contains(Model.Relations, r => r.From == Model.Actor("River Authority").Id && r.Kind == "represents");
    }

    [Fact]
    public void Write_ProducesAnAnnotationTheValidatorAccepts_MarkedAsADraft()
    {
        var yaml = DraftWriter.Write(Model);
        using var seeds = new SeedFolder().With("valley.txt", Text).With("valley.model.yaml", yaml);

        var loaded = SeedLoader.Load(seeds.Path).Articles.Single();

        Assert.StartsWith("# Machine draft", yaml, StringComparison.Ordinal);
        Assert.Equal(Model.Actors.Count, loaded.Actors.Count);
        Assert.Equal(Model.Positions.Count, loaded.Positions.Count);
        Assert.Single(loaded.Article.Blocks, b => b.Kind == BlockKind.Caption);
    }

    [Fact]
    public void Load_DraftsTheModelInMemory_WhenAnArticleHasNoAnnotation()
    {
        using var seeds = new SeedFolder().With("valley.txt", Text);

        var engine = new QueryEngine(SeedLoader.Load(seeds.Path));
        var answer = engine.Ask(new Question("t", "who is clara webb"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("mayor", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_DraftOfTheSecondTestArticle_PassesTheValidator()
    {
        var yaml = DraftWriter.Write(ArticleExtractor.Extract("harbour-dispute", HarbourArticle.FileName, HarbourArticle.Text));
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, yaml);

        var loaded = SeedLoader.Load(seeds.Path).Articles.Single();

        Assert.Contains(loaded.Actors, a => a.Name == "Jane Roe");
        Assert.Contains(loaded.Events, e => e.Evidence.Quote.Contains("March 3"));
    }

    [Fact]
    public void Write_KeepsTheDateline_AsTheArticlesStatedDate()
    {
        var text = "Ports of the South\n\nBy Tomas Ek\n\nJune 27, 2024\n\nThe port of Arica will stay tax-free until 2030.\n";
        using var seeds = new SeedFolder().With("ports.txt", text).With("ports.model.yaml", DraftWriter.Write(ArticleExtractor.Extract("ports", "ports.txt", text)));

        var loaded = SeedLoader.Load(seeds.Path).Articles.Single();

        Assert.Equal(new FactDate(2024, 6, 27, false), loaded.Info.Published);
    }

    [Theory]
    [InlineData("who is tomas ek?", "fellow of the Pacific Trade Forum")]
    [InlineData("what does tomas ek specialise in?", "maritime law")]
    public void Ask_AnswersFromTheBiosLaterSentences_WhenTheArticleIsDrafted(string question, string expected)
    {
        using var seeds = new SeedFolder().With("ports.txt", "Ports of the South\n\nBy Tomas Ek\n\nThe port of Arica grew in 2020.\n\n"
            + "Tomas Ek is an economist at the Harbour Institute. He is also a fellow of the Pacific Trade Forum. He also specialises in maritime law.\n");

        var answer = new QueryEngine(SeedLoader.Load(seeds.Path)).Ask(new Question("t", question));

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
