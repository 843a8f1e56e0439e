namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// An opening reason ("Having ...", "As ...") ends at the comma before the main clause, not at a comma inside a series
/// of verbs or modifiers; a cue inside brackets explains nothing the sentence claims. Cut elsewhere, the claim opens
/// mid-clause ("The rents and cut the wages, ...") and wins questions it cannot answer.
/// </summary>
public sealed class OpeningClauseSplitTests
{
    [Theory]
    [InlineData("But having closed the mill, raised the rents and cut the wages, the council of Varn lost the election.", "the council of Varn lost the election", "raised the rents")]
    [InlineData("Having closed the mill, raised the rents, and cut the wages, the council of Varn lost the election.", "the council of Varn lost the election", "cut the wages")]
    [InlineData("As the town has paid for a grand, newly built, and costly hall, the council of Varn has raised taxes.", "the council of Varn has raised taxes", "costly hall")]
    public void Extract_ClaimIsTheMainClause_AfterTheWholeOpeningReason(string sentence, string claim, string reasonWords)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.StartsWith(claim, explanation.Evidence.Quote, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(reasonWords, Assert.Single(explanation.Reasons).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TakesNoExplanation_FromACueInsideBrackets()
    {
        var model = Drafts.Of("Tolls on the Varn bridge rose sharply (after a flood which led to costly repairs) last year.");

        Assert.DoesNotContain(model.Explanations, e => e.Claim.Contains(')') || e.Reasons.Any(r => r.Text.Contains('(')));
    }
}
