using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Ties kept up with someone, with no warmth said ("maintains diplomatic relations with X", "kept trade ties with X"):
/// the subject takes no side on X, a neutral stance on it; warm ties ("close ties") are no such cue.
/// </summary>
public sealed class KeptTiesStanceTests
{
    [Theory]
    [InlineData("Though Peru maintains diplomatic relations with Chile, its fishermen distrust the new quota.", "Peru", "Chile")]
    [InlineData("Bolivia has kept trade ties with Peru throughout the dispute over the river.", "Bolivia", "Peru")]
    [InlineData("Chile retains consular contacts with Bolivia despite the closed border.", "Chile", "Bolivia")]
    public void Extract_GivesANeutralStance_OnWhomTiesAreKeptWith(string sentence, string holder, string other)
    {
        var model = Drafts.Of(sentence);

        var position = Assert.Single(model.Positions, p => model.NameOf(p.Actor) == holder);
        Assert.Equal(Stance.Neutral, position.Stance);
        Assert.Equal(other, model.Topics.Single(t => t.Id == position.Topic).Name);
    }
}
