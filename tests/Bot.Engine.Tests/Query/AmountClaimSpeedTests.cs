using System.Diagnostics;
using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>A claim giving an amount reads the numbers of every fact of every article loaded; many articles must not make it slow.</summary>
public sealed class AmountClaimSpeedTests
{
    private static readonly string[] Articles = ["second", "caucasus", "fourth", "sixth", "seventh", "ninth", "tenth", "eleventh", "thirteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"];

    /// <summary>How many times longer the claim with an amount may take: reading every fact's numbers afresh took six or more.</summary>
    private const int Bound = 3;

    private const int Runs = 7;

    [Fact]
    public void Ask_ChecksAnAmountClaimAboutAsFastAsTheSameClaimWithoutIt_WhenManyArticlesAreLoaded()
    {
        var engine = new QueryEngine(new KnowledgeBase([.. SeededEngine.Knowledge.Articles, .. Articles.SelectMany(a => SeededEngine.Unannotated(a).Articles)]));

        var without = Fastest(engine, "The article says the kill zone is about some kilometers deep, correct?");
        var with = Fastest(engine, "The article says the kill zone is about 50 kilometers deep, correct?");

        Assert.True(with < without * Bound, $"with an amount: {with.TotalMilliseconds:F2} ms, without: {without.TotalMilliseconds:F2} ms");
    }

    /// <summary>The fastest of a few answers, each in a conversation of its own, so a busy machine does not decide.</summary>
    private static TimeSpan Fastest(QueryEngine engine, string claim) => Enumerable.Range(0, Runs).Min(run =>
    {
        var started = Stopwatch.GetTimestamp();
        engine.Ask(new Question($"amount-speed-{claim.Length}-{run}", claim));
        return Stopwatch.GetElapsedTime(started);
    });
}
