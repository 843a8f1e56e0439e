using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// What one waves away one does not hold: "dismissed that idea", "played down the talk of a strike" draft a stance
/// against it. A sacking ("was dismissed in May") and objections waved away ("dismissed the criticism of X") draft none.
/// </summary>
public sealed class WavedAwayStanceTests
{
    [Theory]
    [InlineData("Mayor Ines Ortega swiftly dismissed the plan for a second bridge.", "Ines Ortega")]
    [InlineData("Governor Ana Ruiz has played down the prospect of a longer fishing season.", "Ana Ruiz")]
    [InlineData("Senator Luis Prado brushed aside the proposal to merge the two ports.", "Luis Prado")]
    public void Extract_DraftsAStanceAgainst_WhatIsWavedAway(string sentence, string holder)
    {
        var model = Drafts.Of(sentence);

        Assert.Equal(Stance.Opposes, Assert.Single(model.Positions, p => model.NameOf(p.Actor) == holder).Stance);
    }

    [Theory]
    [InlineData("Mayor Ines Ortega was dismissed in May after the audit of the port.", "Ines Ortega")]
    [InlineData("Governor Ana Ruiz dismissed the criticism of her new fishing quota.", "Ana Ruiz")]
    public void Extract_DraftsNoStanceAgainst_ASackingOrObjectionsWavedAway(string sentence, string holder)
    {
        var model = Drafts.Of(sentence);

        Assert.DoesNotContain(model.Positions, p => model.NameOf(p.Actor) == holder && p.Stance == Stance.Opposes);
    }
}
