using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Loading;

public sealed class SeedLoaderTests
{
    [Fact]
    public void Load_ParsesArticleStructure_ForShippedSeeds()
    {
        var article = SeededEngine.Knowledge.Articles.Single().Article;

        Assert.Equal("CSTO Rift Grows Between Moscow And Astana", article.Title);
        Assert.Equal("Samuel Ramani", article.Author);
        Assert.Equal(3, article.Blocks.Count(b => b.Kind == BlockKind.Caption));
        Assert.Equal(["Destabilization Fears", "Afghan War Vets", "Salafist Rumblings", "Foreign Policy Independence", "Canceled Visit", "Syria Mediation"],
            article.Headings.Select(h => h.Text));
        Assert.StartsWith("Samuel Ramani is a DPhil candidate", article.Blocks.Single(b => b.Kind == BlockKind.Bio).Text);
        Assert.EndsWith("reflect those of RFE/RL.", article.Blocks[^1].Text);
    }

    [Fact]
    public void Load_LocatesEveryQuoteInItsParagraph_ForShippedSeeds()
    {
        var model = SeededEngine.Knowledge.Articles.Single();
        var facts = model.Actors.Cast<Fact>().Concat(model.Topics).Concat(model.Positions).Concat(model.Events)
            .Concat(model.Explanations).Concat(model.Relations).Concat(model.Statements).Concat(model.Lists).ToList();

        Assert.True(facts.Count > 200);
        foreach (var fact in facts)
        {
            var block = model.Article.Blocks.Single(b => b.Number == fact.Evidence.Paragraph);
            Assert.Contains(fact.Evidence.Quote.Replace("  ", " "), block.Text);
        }
    }

    [Theory]
    [InlineData("    quote: \"a plan to dredge the shared harbour\"", "    quote: \"a plan to drain the harbour\"", "quote not found")]
    [InlineData("    actor: roe", "    actor: nobody", "refers to 'nobody', which is not defined")]
    [InlineData("  - id: greenwick-on-dredging", "  - id: roe-on-dredging", "duplicate id 'roe-on-dredging'")]
    [InlineData("    stance: opposes", "    stance: furious", "'stance' must be one of")]
    [InlineData("    date: 2021-03-09", "    date: 2021-13-40", "malformed date '2021-13-40'")]
    [InlineData("    date: 2021-03-09", "    date: \u0662\u0660\u0662\u0661-03-09", "malformed date")]
    [InlineData("    kind: rival", "    kind: rival\n    colour: red", "unknown field 'colour'")]
    [InlineData("    topic: dredging\n    stance: supports", "    topic: roe\n    stance: supports", "'roe', which is a actor, not a topic")]
    [InlineData("relations:", "relations: [", "not valid YAML")]
    public void Load_StopsWithFileAndLine_WhenAnnotationIsBroken(string original, string broken, string message)
    {
        var model = HarbourArticle.Model.ReplaceLineEndings("\n");
        Assert.Contains(original, model);
        var brokenModel = ReplaceFirst(model, original, broken);
        var expectedLine = model[..model.IndexOf(original, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, brokenModel);

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(seeds.Path));

        var problem = Assert.Single(error.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.EndsWith(HarbourArticle.ModelFileName, problem.File);
        // A YAML syntax error is reported where the parser notices it, which may be further down.
        Assert.InRange(problem.Line, expectedLine, message == "not valid YAML" ? brokenModel.Count(c => c == '\n') + 1 : expectedLine + broken.Count(c => c == '\n'));
        Assert.Contains($"{HarbourArticle.ModelFileName}:{problem.Line}: ", problem.ToString());
    }

    [Theory]
    [InlineData("    kind: rival", "    kind: rival\n\tcolour: red")]
    [InlineData("    stance: opposes", "    stance: opposes\n  \tnote: x")]
    public void Load_NamesTheLineOfATab_WhereYamlAllowsNone(string original, string broken)
    {
        var model = HarbourArticle.Model.ReplaceLineEndings("\n");
        var tabLine = model[..model.IndexOf(original, StringComparison.Ordinal)].Count(c => c == '\n') + 2;
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, ReplaceFirst(model, original, broken));

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(seeds.Path));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(tabLine, problem.Line);
        Assert.Contains("tab", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReportsEveryProblem_NotJustTheFirst()
    {
        var broken = HarbourArticle.Model.Replace("actor: roe", "actor: nobody").Replace("stance: opposes", "stance: furious");
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, broken);

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(seeds.Path));

        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public void Load_Fails_WhenAnnotationHasNoArticle()
    {
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With("orphan.model.yaml", "article: {}\n");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(seeds.Path));

        Assert.Contains(error.Errors, e => e.Message.Contains("expected orphan.txt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_Fails_WhenFolderIsMissingOrEmpty(bool exists)
    {
        using var seeds = new SeedFolder();
        var path = exists ? seeds.Path : Path.Combine(seeds.Path, "missing");

        var error = Assert.Throws<SeedException>(() => SeedLoader.Load(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Load_KeepsArticleWithoutAnnotation_AsPlainText()
    {
        using var seeds = HarbourArticle.Folder().With("notes.txt", "Notes On Tides\n\nThe tide turned at noon on Friday.\n");

        var knowledge = SeedLoader.Load(seeds.Path);

        var notes = Assert.Single(knowledge.Articles, a => a.Article.Id == "notes");
        Assert.Empty(notes.Actors);
        Assert.Single(notes.Article.Sentences);
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
