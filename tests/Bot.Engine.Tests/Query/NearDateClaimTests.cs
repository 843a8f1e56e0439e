using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Did Ferro announce the pause on 28 October 2021?" of "Ferro's decision on 28 November 2021 to call a halt": a dated
/// claim in words the article does not use is a slip of the date when a sentence naming its subject gives a date that
/// shares a part with the claim's (the date of the clause naming the subject, where a sentence dates several things).
/// The answer is no, with the article's date and sentence; the claim's own date is
/// still confirmed, and a date no sentence comes near leaves the article silent.
/// </summary>
public sealed class NearDateClaimTests
{
    private const string Article = """
        Keld Turns Inward

        By Ada Quill | December 4, 2021

        Crowds filled the harbour square, angered by Governor Marek Ferro's decision on 28 November 2021 to call a two-year halt on moves towards joining the Dorn League.

        The governor argues that the money should be spent on roads.

        Added to this, envoys have embarked on tours of the Dorn League, such as Ada Lind (June 2021), Marek Ferro (November 2021) and Eva Holt (November 2021).
        """;

    [Theory]
    [InlineData("Did Ferro announce the two-year pause on Dorn League accession on 28 October 2021?")]
    [InlineData("Did Ferro announce the pause on joining the Dorn League on 28 October 2021?")]
    public void Ask_SaysNo_WithTheDateTheArticleGives(string question)
    {
        var answer = DraftedArticle.Ask("keld.txt", Article, question).Text;
        Assert.StartsWith("No. That was November 28, 2021", answer, StringComparison.Ordinal);
        Assert.Contains("decision on 28 November 2021", answer, StringComparison.Ordinal);
    }

    /// <summary>
    /// A claim whose one other word no article uses ("trip") is still checked by its names and date: the clause naming
    /// its subject dates it otherwise, though another clause of the sentence gives the claim's date.
    /// </summary>
    [Fact]
    public void Ask_SaysNo_WithTheDateOfTheSubjectsClause_WhenTheClaimsOtherWordIsUnknown() =>
        Assert.StartsWith("No. That was November 2021", DraftedArticle.Ask("keld.txt", Article, "did ferro go on his dorn league trip in june 2021").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_DoesNotGainsay_TheArticlesOwnDate() =>
        Assert.False(DraftedArticle.Ask("keld.txt", Article, "Did Ferro announce the pause on joining the Dorn League on 28 November 2021?")
            .Text.StartsWith("No", StringComparison.Ordinal));
}
