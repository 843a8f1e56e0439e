using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims that add details to a deed the article denies of their subject: no sentence says most of the claim, yet the
/// one denying the deed answers no. A denial that is another's, or narrowed to a part ("not only"), does not.
/// </summary>
public sealed class DeedDeniedTests
{
    private const string Article = """
        Harbour Strike

        By Ada Quill | March 4, 2021

        Minister Arlo Venn did not seek to mobilise reservists for the offensive on Kessberg.

        The army needed months to build up a force strong enough to reach the coast.

        Governor Tam Holt said the navy did not attack the port during the strike. Holt's boats patrolled the port's old harbour.

        Mayor Tom Reed not only visited Greenwick but also opened its new bridge.
        """;

    [Theory]
    [InlineData("Did Arlo Venn order a mobilisation of reservists to build up the army's force?", "did not seek to mobilise")]
    [InlineData("Did Venn order a mobilisation to build up a force strong enough to reach the coast?", "did not seek to mobilise")]
    public void Ask_SaysNo_WithTheSentenceDenyingTheClaimsDeed(string question, string denial)
    {
        var answer = DraftedArticle.Ask("harbour-strike.txt", Article, question).Text;
        Assert.StartsWith("No", answer, StringComparison.Ordinal);
        Assert.Contains(denial, answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did Tam Holt attack the boats in the port's old harbour?", "did not attack")]
    [InlineData("Did Tom Reed visit Greenwick to build a new bridge?", "not only visited")]
    public void Ask_DoesNotDeny_ByANegationThatIsAnothersOrNarrowed(string question, string denial) =>
        Assert.False(DraftedArticle.Ask("harbour-strike.txt", Article, question).Text is var answer
            && answer.StartsWith("No. The article says", StringComparison.Ordinal) && answer.Contains(denial, StringComparison.Ordinal));
}
