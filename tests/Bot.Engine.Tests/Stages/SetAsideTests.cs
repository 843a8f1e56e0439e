using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Stages;

/// <summary>What a sentence sets aside ("A, not B", "A rather than B", "instead of B"), which a claim naming B gets wrong.</summary>
public sealed class SetAsideTests
{
    [Theory]
    [InlineData("Ferro told Reuters that Ruritania, not Borduria, was holding up a peace deal.", "Ruritania", "Borduria")]
    [InlineData("The plants burn cheap coal instead of gas, darkening the skies.", "coal", "gas")]
    [InlineData("She has been a symbol of the revolution rather than its leader.", "revolution", "its leader")]
    [InlineData("Instead of dredging the old harbour, the council favours a new pier.", "", "dredging the old harbour")]
    [InlineData("The plants burn cheap coal INSTEAD OF gas.", "coal", "gas")]
    [InlineData("Ruritania, Not Borduria, was holding it up.", "Ruritania", "Borduria")]
    public void SetAsideIn_FindsWhatIsKeptAndWhatIsSetAside(string text, string kept, string aside) =>
        Assert.Equal([(kept, aside)], ClaimChecks.SetAsideIn(text));

    [Theory]
    [InlineData("Protests have engulfed the whole country, not just the capital.")]
    [InlineData("Not only the capital but the whole country protested.")]
    [InlineData("The navy did not stop the tanker.")]
    public void SetAsideIn_FindsNothing_WhereNothingIsSetAside(string text) =>
        Assert.Empty(ClaimChecks.SetAsideIn(text));
}
