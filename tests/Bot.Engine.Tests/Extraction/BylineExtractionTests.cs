using Bot.Engine.Extraction;
using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

public sealed class BylineExtractionTests
{
    private const string Body = "Peru and Chile widened their fishing pact last year.\n\nFerries run daily.\n";

    [Theory]
    [InlineData("By Ada Writer | The Harbour Times | May 2, 2025", "2025-05-02", "The Harbour Times")]
    [InlineData("By Ada Writer · Valley Post, Coast Desk · 3 June 2024", "2024-06-03", "Valley Post")]
    [InlineData("March 9, 2023 - By Ada Writer - Coastal Review", "2023-03-09", "Coastal Review")]
    [InlineData("By Ada Writer | Opinion | Published on May 2, 2025", "2025-05-02", null)]
    [InlineData("By Ada Writer — The Harbour Times — May 2025 — 5 min read", "2025-05", "The Harbour Times")]
    [InlineData("By Ada Writer, Harbour correspondent, HTV News, May 2025", "2025-05", "HTV News")]
    public void Extract_TakesTheDateAndOutlet_FromTheBylinesOtherParts(string byline, string published, string? outlet)
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", $"A Sample Story\n\n{byline}\n\n{Body}");

        Assert.Equal(published, EventFinder.DateText(model.Info.Published!));
        Assert.False(model.Info.Published!.YearInferred);
        Assert.Equal(outlet, model.Info.Source);
        Assert.Contains(model.Actors, a => a.Name == "Ada Writer" && a.Kind == ActorKind.Person);
    }

    [Theory]
    [InlineData("Coastal Reporting Network (CRN), February 2026", "2026-02", "Coastal Reporting Network", 2025)]
    [InlineData("The Harbour Times, May 2, 2025", "2025-05-02", "The Harbour Times", 2024)]
    [InlineData("Valley Post, 3 June 2024", "2024-06-03", "Valley Post", 2023)]
    [InlineData("The Harbour Times, Coast section (\u201cFrom the pier\u201d) | September 4th 2025", "2025-09-04", "The Harbour Times", 2024)]
    public void Extract_TakesTheDateAndOutlet_FromALineNamingOnlyThem(string line, string published, string outlet, int lastYear)
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", $"A Sample Story\n\n{line}\n\n{Body}");

        Assert.Equal(published, EventFinder.DateText(model.Info.Published!));
        Assert.False(model.Info.Published!.YearInferred);
        Assert.Equal(outlet, model.Info.Source);
        Assert.Equal(lastYear, Assert.Single(model.Events).Date.Year);
    }

    [Theory]
    [InlineData("A Sample Story\n\nBy Ada Writer\nMay 2, 2025\n\n")]
    [InlineData("A Sample Story\nBy Ada Writer\nMay 2, 2025\n\n")]
    [InlineData("A Sample Story\n\nBy Ada Writer\n\nMay 2, 2025\n\n")]
    public void Extract_TakesTheDate_FromTheLineUnderTheByline(string header)
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", header + Body);

        Assert.Equal("2025-05-02", EventFinder.DateText(model.Info.Published!));
        Assert.Contains(model.Actors, a => a.Name == "Ada Writer" && a.Kind == ActorKind.Person);
        Assert.DoesNotContain(model.Actors, a => a.Name.Contains("May", StringComparison.Ordinal));
        Assert.Equal(2024, Assert.Single(model.Events).Date.Year);
    }

    [Theory]
    [InlineData("By Ada Writer and Bo Reyes | The Harbour Times | May 2, 2025")]
    [InlineData("By Ada Writer & Bo Reyes · The Harbour Times · May 2, 2025")]
    public void Extract_DraftsEachAuthorAndNoOtherPart_OfASeparatedByline(string byline)
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", $"A Sample Story\n\n{byline}\n\n{Body}");

        var people = model.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).Order().ToList();
        Assert.Equal(["Ada Writer", "Bo Reyes"], people);
    }

    [Theory]
    [InlineData("By The Harbour Review (Coast section, unsigned), Lima")]
    [InlineData("By The Harbour Review, Lima")]
    public void Extract_TakesTheOutletAndNoAuthorPerson_FromAnUnsignedByline(string byline)
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", $"A Sample Story\n\n{byline}\n\nMarch 3rd 2021\n\n{Body}");

        Assert.Equal("The Harbour Review", model.Info.Source);
        Assert.Equal("2021-03-03", EventFinder.DateText(model.Info.Published!));
        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal(ActorKind.Organisation, Assert.Single(model.Actors, a => a.Name == "The Harbour Review").Kind);
    }

    [Fact]
    public void Extract_TakesNoOutlet_FromTheDatelinePlaceAfterTheAuthor()
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", $"A Sample Story\n\nBy Ada Writer, Lima\n\n{Body}");

        Assert.Null(model.Info.Source);
    }

    [Fact]
    public void Extract_GivesTheAuthorTheBylinesRole_WhenTheBylineNamesOne()
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", $"A Sample Story\n\nBy Ada Writer, Harbour correspondent, HTV News, May 2025\n\n{Body}");

        var author = Assert.Single(model.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("Ada Writer", author.Name);
        Assert.Contains("Harbour correspondent", author.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CountsLastYearFromTheBylinesDate()
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", $"A Sample Story\n\nBy Ada Writer | May 2, 2025\n\n{Body}");

        var widened = Assert.Single(model.Events, e => e.Summary.StartsWith("Peru and Chile", StringComparison.Ordinal));
        Assert.Equal("2024", EventFinder.DateText(widened.Date));
    }

    [Fact]
    public void Extract_TakesTheOutletAndDate_FromALineWithNoAuthor()
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", $"A Sample Story\n\nThe Harbour Review (Coast section, unsigned) | November 20th 2025\n\n{Body}");

        Assert.Equal("The Harbour Review", model.Info.Source);
        Assert.Equal("2025-11-20", EventFinder.DateText(model.Info.Published!));
        Assert.False(model.Info.Published!.YearInferred);
        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal(1, model.Article.Sentences[0].Paragraph);
    }
}
