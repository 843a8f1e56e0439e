namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Words weighing a cause ("chiefly because", "not only because", "in part stems from") stand before the cue and belong
/// to it: the drafted claim ends before them instead of dangling on them.
/// </summary>
public sealed class CauseHedgeTests
{
    [Theory]
    [InlineData("The offer of Kessberg to mediate was largely ignored – chiefly because the council distrusted the mayor.", "The offer of Kessberg to mediate was largely ignored")]
    [InlineData("The council of Kessberg rejects the toll plan not only because of its cost but also because of the noise.", "The council of Kessberg rejects the toll plan")]
    [InlineData("The mayor of Kessberg closed the ferry to Varn partly because the fuel ran short.", "The mayor of Kessberg closed the ferry to Varn")]
    [InlineData("The harbour of Kessberg lost trade, mainly due to the silted river.", "The harbour of Kessberg lost trade")]
    public void Extract_EndsTheClaim_BeforeTheHedgeOnItsCause(string sentence, string claim)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Equal(claim, explanation.Claim.TrimEnd(',', ' ', '.'));
    }
}
