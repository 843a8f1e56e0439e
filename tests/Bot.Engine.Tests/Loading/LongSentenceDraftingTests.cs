using System.Diagnostics;
using Bot.Engine.Extraction;

namespace Bot.Engine.Tests.Loading;

/// <summary>
/// A hostile article of one endless sentence drafts in time growing with its length. Its timings are compared with each
/// other, so the class runs alone: another test's load during one measurement but not the other would decide the ratio.
/// </summary>
[Collection(TimingSuite.Name)]
public sealed class LongSentenceDraftingTests
{
    /// <summary>Sentences that grow by one clause at a time: each kind once took its length times its names or clauses to draft.</summary>
    public static TheoryData<string> LongSentences() => ["reported", "says of", "without an end"];

    [Theory]
    [MemberData(nameof(LongSentences))]
    public void Extract_DraftsOneLongSentenceInTimeGrowingWithItsLength_NotItsSquare(string kind)
    {
        ArticleExtractor.Extract("warm-up", "long.txt", "Harbour plan\n\nJane Roe said the plan failed.");

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
            var draft = ArticleExtractor.Extract("long", "long.txt", text);
            var took = Stopwatch.GetElapsedTime(started);
            Assert.Equal("long", draft.Article.Id);
            fastest = took < fastest ? took : fastest;
        }
        return fastest;
    }
}

/// <summary>Tests that compare their own timings run alone, so other tests' load does not fall on one side of a ratio.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSuite
{
    public const string Name = "Timing comparisons";
}
