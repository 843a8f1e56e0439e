using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Dated claims checked against the sentence that says them. "Did Vell go to Bolivia three times in May 2024?": the fact
/// naming Vell best may be dated otherwise ("until last year Vell was minister"), yet a sentence dated May 2024 says
/// more of the claim, and it is what the claim's date and count are checked against. "Has Ada Roe led Keld since
/// 2015?": the sentence counting her time in charge from another year ("head of Keld since 2009") answers no, not one
/// dated otherwise that names her and a word of the claim ("the Keld leader's quarrel in December 2023").
/// </summary>
public sealed class DatedClaimSentenceTests
{
    private const string Article = """
        Vell Rebuilds His Networks

        By Ada Quill | July 4, 2024

        Chile and Bolivia have long been rivals for the harbour trade.

        Until last year Oren Vell, who built ties with the governor that stood apart from his office, was moved out of his post as Minister of Ports to become an adviser, with many of his allies in the ministry dismissed on fraud charges. In a turn of events rare in Chilean politics, he has quickly rebuilt many of these networks, leading on Chile's ties with Bolivia; in May 2024 alone he visited Bolivia twice on the governor's orders.

        The harbour guilds show signs of strain, particularly in their dependence on Ada Roe, who has been head of the Keld Republic since 2009.

        Ada Roe met Oren Vell on 3 March 2024 to discuss the ports. Their aides held a meeting in Bolivia in July 2024.

        Reports of Ada Roe's failing health raise succession questions, made more urgent by the Keld leader's public quarrel with Chile's police chiefs in December 2023.
        """;

    [Theory]
    [InlineData("Did Oren Vell go to Bolivia three times in May 2024?")]
    [InlineData("so vell went to bolivia like 5 times in may 2024?")]
    public void Ask_SaysNo_WithTheSentenceDatedAsTheClaimIs(string question)
    {
        var answer = DraftedArticle.Ask("vell.txt", Article, question).Text;
        Assert.StartsWith("No", answer, StringComparison.Ordinal);
        Assert.Contains("visited Bolivia twice", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_Confirms_TheCountTheDatedSentenceGives() =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("vell.txt", Article, "Did Oren Vell go to Bolivia twice in May 2024?").Text, StringComparison.Ordinal);

    /// <summary>A fact naming every name of the claim is its own, whatever date a sentence after it in its paragraph gives.</summary>
    [Fact]
    public void Ask_SaysNo_WithTheDateOfTheFactNamingEveryName() =>
        Assert.StartsWith("No. That was March 3, 2024", DraftedArticle.Ask("vell.txt", Article, "Did Ada Roe meet Oren Vell in July 2024?").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Ada Roe is leading Keld only since 2015, correct?")]
    [InlineData("Ada Roe has been leading Keld from 2015, right?")]
    public void Ask_SaysNo_WithTheYearTheArticleCountsFrom(string question)
    {
        var answer = DraftedArticle.Ask("vell.txt", Article, question).Text;
        Assert.StartsWith("No", answer, StringComparison.Ordinal);
        Assert.Contains("since 2009", answer, StringComparison.Ordinal);
    }

    /// <summary>The article's own year is no slip to gainsay.</summary>
    [Fact]
    public void Ask_DoesNotGainsay_TheYearTheArticleCountsFrom() =>
        Assert.False(DraftedArticle.Ask("vell.txt", Article, "Has Ada Roe led the Keld Republic since 2009?").Text.StartsWith("No", StringComparison.Ordinal));
}
