using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "one year" of "up to a year in jail": a span the article gives after "a" is one of it, so the claim's amount is
/// borne out, not gainsaid by another figure of the sentence; "40 ships a month" says how often, which counts no span.
/// </summary>
public sealed class OneSpanClaimTests
{
    private const string Article = """
        Vell Tightens Road Rules

        By Ada Quill | March 4, 2021

        The Vell council has passed a law allowing up to 10 days' detention for a first offence of blocking the harbour road, with repeat offenders facing up to a year in jail.

        Harbour inspectors check 40 ships a month under the new rules.
        """;

    [Theory]
    [InlineData("jailed for one year?", "facing up to a year in jail", "1")]
    [InlineData("one month?", "They check 40 ships a month.", "40")]
    [InlineData("one month?", "They check ships twice a month.", "2")]
    [InlineData("a year?", "facing up to a year in jail", "")]
    public void NumbersFor_ReadsASpanAfterA_AsTheClaimsOne(string claim, string text, string numbers) =>
        Assert.Equal(numbers, string.Join(' ', AmountCheck.NumbersFor(Bot.Engine.Text.Tokenizer.Tokenize(claim), text)));

    [Theory]
    [InlineData("Can repeat offenders who block the harbour road go to jail for one year?")]
    [InlineData("Repeat offenders who block the harbour road face one year in jail, right?")]
    public void Ask_ConfirmsOneSpan_OfTheArticlesASpan(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("vell.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Can repeat offenders who block the harbour road go to jail for two years?")]
    [InlineData("Can repeat offenders who block the harbour road go to jail for one month?")]
    public void Ask_DoesNotConfirm_AnotherSpan(string question) =>
        Assert.False(DraftedArticle.Ask("vell.txt", Article, question).Text.StartsWith("Yes", StringComparison.Ordinal));
}
