using Bot.Engine.Extraction;
using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

public sealed class NewsFormatExtractionTests
{
    private static ArticleModel Draft(string name) => ArticleExtractor.Extract(name, name + ".txt", NewsFormatArticles.All[name]);

    [Theory]
    [InlineData("wire-no-year", "Olzhas Auyezov|Mariya Gordeyeva", "Reuters")]
    [InlineData("wire-year-in-text", "Dilnoza Rahimova|Timur Bekov", "Reuters")]
    [InlineData("ap-dateline", "Nino Kapanadze", "Associated Press")]
    [InlineData("dateline-with-year", "Aida Sultanova", null)]
    [InlineData("byline-in-city", "Ana Beridze|Tom Hale", null)]
    [InlineData("published-line-caps-dateline", "Farrukh Nazarov", null)]
    [InlineData("byline-date", "Merdan Orazov", "AFP")]
    [InlineData("editing-credit-in-middle", "Leyla Hasanova", null)]
    public void Extract_DraftsTheBylinesAuthorsAndTheOutlet_ForNewsFormats(string name, string authors, string? outlet)
    {
        var model = Draft(name);

        var drafted = model.Actors.Where(a => a.Role.StartsWith("Author", StringComparison.Ordinal)).Select(a => a.Name).ToList();
        Assert.Equal(authors.Split('|'), drafted);
        Assert.Equal(outlet, model.Info.Source);
        Assert.All(model.Actors, a => Assert.DoesNotMatch(@"^(?:Last modified|Published|Updated)", a.Evidence.Quote));
    }

    [Theory]
    [InlineData("wire-no-year", "ALMATY|Reuters|Mark Trevelyan")]
    [InlineData("wire-year-in-text", "TASHKENT|Olga Lindqvist")]
    [InlineData("ap-dateline", "TBILISI|AP|Dmitri Volkov")]
    [InlineData("dateline-with-year", "BISHKEK")]
    [InlineData("byline-in-city", "Ana Beridze in Tbilisi|BST")]
    [InlineData("published-line-caps-dateline", "DUSHANBE|BST")]
    [InlineData("byline-date", "ASHGABAT|AFP|EDT")]
    [InlineData("editing-credit-in-middle", "BAKU|Petra Voss")]
    public void Extract_DraftsNoActor_FromDatelinesDateLinesOrCredits(string name, string bogus)
    {
        var model = Draft(name);

        foreach (var actor in bogus.Split('|'))
            Assert.DoesNotContain(model.Actors, a => a.Names().Contains(actor, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("wire-no-year", "Kazakhstan on Tuesday rejected a Russian request")]
    [InlineData("wire-year-in-text", "Uzbekistan on Tuesday halted gas exports to Kyrgyzstan")]
    [InlineData("ap-dateline", "Georgia's parliament on Thursday passed a law")]
    [InlineData("dateline-with-year", "The National Bank of Kyrgyzstan on Wednesday raised")]
    [InlineData("byline-in-city", "Armenia and Georgia on Monday opened a new border crossing")]
    [InlineData("published-line-caps-dateline", "A court in Tajikistan on Tuesday sentenced")]
    [InlineData("byline-date", "Turkmenistan on Monday signed a deal with China")]
    [InlineData("editing-credit-in-middle", "Azerbaijan last Friday freed four journalists")]
    public void Extract_SummarisesWithTheLedeAfterItsDateline_ForNewsFormats(string name, string opening)
    {
        var model = Draft(name);

        Assert.StartsWith(opening, model.Info.Summary);
        Assert.StartsWith(opening, model.Info.SummaryEvidence!.Quote);
        Assert.DoesNotContain(model.Article.Blocks, b => b.Kind == BlockKind.Caption);
    }

    [Theory]
    [InlineData("wire-no-year", null, false)]
    [InlineData("wire-year-in-text", "2025-06-03", true)]
    [InlineData("ap-dateline", "2025-05-15", false)]
    [InlineData("dateline-with-year", "2025-03-12", false)]
    [InlineData("byline-in-city", "2025-06-03", false)]
    [InlineData("published-line-caps-dateline", "2025-06-03", false)]
    [InlineData("byline-date", "2025-06-03", false)]
    [InlineData("editing-credit-in-middle", "2025-09-09", false)]
    public void Extract_DatesTheArticle_FromItsDatelineOrDateLine(string name, string? date, bool inferred)
    {
        var model = Draft(name);

        Assert.Equal(date, model.Info.Published is { } published ? EventFinder.DateText(published) : null);
        Assert.Equal(inferred, model.Info.Published?.YearInferred ?? false);
    }

    [Theory]
    [InlineData("wire-year-in-text", "Uzbekistan on Tuesday halted", "2025-06-03")]
    [InlineData("ap-dateline", "Georgia's parliament on Thursday passed", "2025-05-15")]
    [InlineData("dateline-with-year", "The National Bank of Kyrgyzstan on Wednesday raised", "2025-03-12")]
    [InlineData("byline-in-city", "Armenia and Georgia on Monday opened", "2025-06-02")]
    [InlineData("published-line-caps-dateline", "A court in Tajikistan on Tuesday sentenced", "2025-06-03")]
    [InlineData("byline-date", "Turkmenistan on Monday signed", "2025-06-02")]
    [InlineData("editing-credit-in-middle", "Azerbaijan last Friday freed", "2025-09-05")]
    public void Extract_DatesTheLedesEvent_FromItsWeekdayAndTheArticlesDate(string name, string lede, string date)
    {
        var model = Draft(name);

        var found = Assert.Single(model.Events, e => e.Summary.Contains(lede, StringComparison.Ordinal));
        Assert.Equal(date, EventFinder.DateText(found.Date));
    }

    [Theory]
    [InlineData("wire-no-year", "Kazakhstan", "Kazakhstan on Tuesday rejected")]
    [InlineData("wire-year-in-text", "Uzbekistan", "Uzbekistan on Tuesday halted")]
    [InlineData("dateline-with-year", "National Bank of Kyrgyzstan", "on Wednesday raised its main interest rate")]
    [InlineData("byline-in-city", "Armenia", "on Monday opened a new border crossing")]
    public void Extract_DraftsTheLedesStatement_ForItsUnnamedSpokesperson(string name, string speaker, string said)
    {
        var model = Draft(name);

        Assert.Contains(model.Statements, s => model.NameOf(s.Speaker) == speaker && s.Evidence.Quote.Contains(said, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wire-no-year", "Reporting by")]
    [InlineData("wire-year-in-text", "corrected to show")]
    [InlineData("ap-dateline", "contributed to this report")]
    [InlineData("dateline-with-year", "on Twitter")]
    [InlineData("byline-in-city", "Read more")]
    [InlineData("published-line-caps-dateline", "Related:")]
    [InlineData("byline-date", "2025 AFP")]
    [InlineData("editing-credit-in-middle", "has been updated")]
    public void Extract_ReadsNoFact_FromCreditsAndLinks(string name, string credit)
    {
        var model = Draft(name);

        var facts = model.Events.Cast<Fact>().Concat(model.Statements).Concat(model.Positions).Concat(model.Topics).Concat(model.Explanations).Concat(model.Relations);
        Assert.DoesNotContain(facts, f => f.Evidence.Quote.Contains(credit, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SaysTheYearIsUnknown_WhenTheDatelineHasNoYearAndTheTextNamesNone()
    {
        var yaml = DraftWriter.Write(Draft("wire-no-year"));

        Assert.Contains("names no year", yaml, StringComparison.Ordinal);
    }
}
