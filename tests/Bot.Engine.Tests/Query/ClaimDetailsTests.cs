using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's details beside its gist (a year, a figure and what it counts, the place a deed was done in, the word telling
/// one of a kind from another) checked against the sentence a "yes" cites: another one there makes it a "no" that gives
/// the article's own, whichever way the sentence was found.
/// </summary>
public sealed class ClaimDetailsTests
{
    [Theory]
    [InlineData("Did he first call for it in 2016?", "It grew in 2012 when the leader called for it.", "2012")]
    [InlineData("Was the port seized in the 1940s?", "The seizure of the port in the early 1920s still rankles.", "1920s")]
    [InlineData("Do the charges carry up to 15 years?", "The charges carry a sentence of up to ten years in prison.", "ten years")]
    [InlineData("Was the forum held in Tarnow?", "The forum will be held on 18-19 November 2025, in the northern city of Velsk.", "in the northern city of Velsk")]
    [InlineData("Were the generals arrested on treason charges?", "In July, three generals were arrested on embezzlement charges.", "embezzlement charges")]
    [InlineData("Were they recruited in the Central Military District?", "They were recruited in the Southern Military District alone.", "Southern Military District")]
    public void Other_GivesTheCitedSentencesOwnDetail(string claim, string cited, string detail)
    {
        var other = ClaimDetails.Other(claim, cited);

        Assert.NotNull(other);
        Assert.Contains(detail, other.Value.Article, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did he call for it in 2012?", "It grew in 2012 when the leader called for it.")]
    [InlineData("Did he call for it before 2016?", "It grew in 2012 when the leader called for it.")]
    [InlineData("Was the port seized in the 1920s?", "The seizure of the port in 1921 still rankles.")]
    [InlineData("Do the charges carry up to 10 years?", "The charges carry a sentence of up to ten years in prison.")]
    [InlineData("Was the forum held in Velsk?", "The forum will be held on 18-19 November 2025, in the northern city of Velsk.")]
    [InlineData("Was the forum held in November?", "The forum will be held in the city of Velsk in December.")]
    [InlineData("Did they find a gold toilet?", "Detectives found a golden toilet in the flat.")]
    [InlineData("Were the hijab laws still on the books?", "The relevant laws remain on the books.")]
    [InlineData("Kazakhstan retains diplomatic relations with Syria?", "Kazakhstan maintains diplomatic relations with Syria.")]
    [InlineData("Did they sign the new aid package?", "They signed the first aid package in May.")]
    [InlineData("Were the drills held in Chile?", "The drills were held in Argentina and Chile in the spring.")]
    [InlineData("Did they open an office in Georgia's capital?", "They opened an office in Tbilisi.")]
    [InlineData("Had it been free for more than 20 years?", "It had been free for 21 years.")]
    public void Other_LeavesAClaimTheCitedSentenceBearsOut(string claim, string cited) =>
        Assert.Null(ClaimDetails.Other(claim, cited));

    private const string Article = """
        Velsk courts the traders

        By Jo Bloggs

        The Velsk trade forum will be held on 18-19 November 2025, in the northern city of Velsk, with traders from across the region.
        Trade grew in 2012 when the governor, Ada Brell, called for a new customs union. The customs chief, Ivo Tarn, was thrown into jail; the port director, Lena Moss, was put under house arrest — events that have unnerved the traders. In July, three customs officers were arrested on bribery charges, which carry up to ten years in prison.
        """;

    [Theory]
    [InlineData("Did Ada Brell call for a new customs union in 2016?", "No", "2012")]
    [InlineData("Did Ada Brell call for a new customs union in 2012?", "Yes", "2012")]
    [InlineData("Were the three customs officers arrested on smuggling charges?", "No", "bribery charges")]
    [InlineData("Do the bribery charges carry up to fifteen years in prison?", "No", "ten years")]
    [InlineData("so Lena Moss got thrown into jail too?", "No", "Ivo Tarn")]
    public void Ask_AnswersNoWithTheArticlesDetail(string question, string verdict, string detail)
    {
        var answer = DraftedArticle.Ask("velsk.txt", Article, question);

        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains(detail, answer.Text, StringComparison.Ordinal);
    }
}
