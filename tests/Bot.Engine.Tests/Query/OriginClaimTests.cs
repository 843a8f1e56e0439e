using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>Claims saying which country a firm or body is from, checked against how the article introduces it.</summary>
public sealed class OriginClaimTests
{
    private const string Article = "Chip Trade\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Chile, Peru and Bolivia signed a chip pact in 2020.\n\nVantor Technologies, a Chilean firm, designs the parts. "
        + "The shipyards buy them from the Peruvian Kestrel Semiconductor, another firm.\n\n"
        + "The Bolivian Lorn Freight moved the cargo in May.\n";

    [Theory]
    [InlineData("Is Kestrel Semiconductor described as a Chilean firm?", "Peruvian Kestrel Semiconductor")]
    [InlineData("Is Kestrel Semiconductor described as a Bolivian firm?", "Peruvian Kestrel Semiconductor")]
    public void Ask_SaysNoWithTheSentence_WhenTheArticleGivesAnotherCountryForTheClaimsSubject(string question, string cited)
    {
        var answer = DraftedArticle.Ask("chips.txt", Article, question).Text;

        Assert.StartsWith("No. The article says", answer, StringComparison.Ordinal);
        Assert.Contains(cited, answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is Kestrel Semiconductor a Peruvian firm?")]
    [InlineData("Was Lorn Freight described as a Bolivian firm?")]
    [InlineData("does Lorn Freight move cargo for a Chilean firm?")]
    public void Ask_DoesNotRefuteByOrigin_WhenTheArticleGivesTheClaimsCountryOrTheClaimGivesNoneToItsSubject(string question) =>
        Assert.DoesNotContain("No. The article says", DraftedArticle.Ask("chips.txt", Article, question).Text, StringComparison.Ordinal);
}
