namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A drafted claim leaves out an opening concession and a closing dash aside, and a reason the concession after it:
/// their words are not what is explained, and would draw questions about them to the wrong explanation.
/// </summary>
public sealed class ExplanationAsideTests
{
    [Theory]
    [InlineData("Although the port of Kessberg reopened in March, shipping fell sharply because insurers stayed away.", "shipping fell sharply", "reopened")]
    [InlineData("While the council approved the plan, the Varn bridge was delayed because the funds ran out.", "the Varn bridge was delayed", "approved")]
    [InlineData("Despite the new quays, the harbour of Kessberg lost trade because the river silted up.", "the harbour of Kessberg lost trade", "quays")]
    [InlineData("Exports from Kessberg rose in May – which surprised many traders – because the currency fell.", "Exports from Kessberg rose in May", "surprised")]
    public void Extract_LeavesTheAsideOutOfTheClaim(string sentence, string claim, string aside)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Contains(claim, explanation.Evidence.Quote, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(aside, explanation.Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Kessberg ferry stopped running because the fuel ran short, although the company denies it.", "the fuel ran short", "denies")]
    [InlineData("Farmers in Varn sold their herds because feed prices doubled – even if some kept a few cows.", "feed prices doubled", "cows")]
    public void Extract_EndsTheReason_BeforeAConcessionAfterIt(string sentence, string reason, string concession)
    {
        var quote = Assert.Single(Assert.Single(Drafts.Of(sentence).Explanations).Reasons).Evidence.Quote;

        Assert.Contains(reason, quote, StringComparison.Ordinal);
        Assert.DoesNotContain(concession, quote, StringComparison.Ordinal);
    }
}
