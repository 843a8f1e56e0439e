using System.Diagnostics;
using System.Text;
using Bot.Engine.Extraction;
using Bot.Engine.Loading;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Loading;

/// <summary>Seed files that are not what they seem: refused with a message naming the file and line, or drafted quickly.</summary>
public sealed class HostileSeedFileTests
{
    private const string FileName = "hostile.txt";

    public static TheoryData<string, byte[], string, int> UnreadableArticles() => new()
    {
        { "UTF-16 with a byte order mark", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Harbour plan\n\nJane Roe said no.\n")).ToArray(), "not UTF-8", 1 },
        { "UTF-16 big-endian with a byte order mark", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Harbour plan\n")).ToArray(), "not UTF-8", 1 },
        { "NUL bytes on its third line", Encoding.UTF8.GetBytes("Harbour plan\n\nJane Roe\0\0said no.\n"), "NUL byte", 3 },
        { "only NUL bytes", new byte[4_096], "NUL byte", 1 },
    };

    [Theory]
    [MemberData(nameof(UnreadableArticles))]
    public void Load_NamesTheFileAndLine_WhenTheArticleIsNotUtf8Text(string kind, byte[] bytes, string message, int line)
    {
        using var seeds = new SeedFolder();
        var file = Path.Combine(seeds.Path, FileName);
        File.WriteAllBytes(file, bytes);
        var errors = new List<SeedError>();

        SeedLoader.TryLoad(seeds.Path, errors);

        var error = Assert.Single(errors);
        Assert.True(error.File == file && error.Line == line && error.Message.Contains(message, StringComparison.Ordinal), $"{kind}: {error}");
    }

    /// <summary>Sentences that grow by one clause at a time: each kind once took its length times its names or clauses to draft.</summary>
    public static TheoryData<string> LongSentences() => ["reported", "says of", "without an end"];

    [Theory]
    [MemberData(nameof(LongSentences))]
    public void Extract_DraftsOneLongSentenceInTimeGrowingWithItsLength_NotItsSquare(string kind)
    {
        ArticleExtractor.Extract("warm-up", FileName, "Harbour plan\n\nJane Roe said the plan failed.");

        var tenfold = FastestDraft(kind, clauses: ShortClauses * 10);
        var once = FastestDraft(kind, clauses: ShortClauses);

        // Ten times the words: about ten times the work when linear, a hundred times when a quote is cut from the whole
        // sentence once per name in it. The fastest of a few runs each, so a busy machine does not decide the ratio.
        Assert.True(tenfold < once * LinearBound, $"{kind}, {ShortClauses} clauses: {once.TotalMilliseconds:F0} ms, ten times as many: {tenfold.TotalMilliseconds:F0} ms");
    }

    /// <summary>How many times longer ten times the words may take: linear work is about ten, quadratic about a hundred.</summary>
    private const int LinearBound = 35;

    private const int ShortClauses = 50;

    private static string LongSentence(string kind, int clauses) => "Harbour plan\n\n" + kind switch
    {
        "reported" => string.Concat(Enumerable.Range(0, clauses * 10).Select(i => $"Jane Roe of Ruritania said on June {i % 28 + 1} that the plan ")) + "failed.",
        // A quote, its speaker and the body they speak for, clause after clause, cut at its commas for each name.
        "says of" => string.Concat(Enumerable.Range(0, clauses * 2).Select(i => $"\u201cIt failed,\u201d says Jane Roe{i % 9} of the Harbour Board of Ruritania, and ")) + "that was all.",
        _ => string.Concat(Enumerable.Repeat("On June 2, 2021, Minister Jane Roe of Ruritania said the plan \"would fail\", because Freedonia opposed it and ", clauses)),
    };

    private static TimeSpan FastestDraft(string kind, int clauses)
    {
        var text = LongSentence(kind, clauses);
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var started = Stopwatch.GetTimestamp();
            var draft = ArticleExtractor.Extract("long", FileName, text);
            var took = Stopwatch.GetElapsedTime(started);
            Assert.Equal("long", draft.Article.Id);
            fastest = took < fastest ? took : fastest;
        }
        return fastest;
    }

    [Fact(Timeout = 20_000)]
    public async Task Load_RefusesAnAnnotationNestedToItsSizeLimit_NamingTheLine()
    {
        var depth = (SeedFiles.MaxAnnotationBytes - 100) / 2;
        var model = "article:\n  source: Coastal Herald\nactors: " + new string('[', depth) + new string(']', depth) + "\n";
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, model);
        var errors = new List<SeedError>();

        await Task.Run(() => SeedLoader.TryLoad(seeds.Path, errors));

        var error = Assert.Single(errors);
        Assert.EndsWith(HarbourArticle.ModelFileName, error.File, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = 20_000)]
    public async Task Load_RefusesA5MegabyteDeeplyNestedAnnotation_WithoutParsingIt()
    {
        var model = "article:\n  source: Coastal Herald\nactors:\n  - " + new string('{', 2_500_000) + new string('}', 2_500_000) + "\n";
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, model);
        var errors = new List<SeedError>();

        await Task.Run(() => SeedLoader.TryLoad(seeds.Path, errors));

        var error = Assert.Single(errors);
        Assert.EndsWith(HarbourArticle.ModelFileName, error.File, StringComparison.Ordinal);
        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
    }
}
