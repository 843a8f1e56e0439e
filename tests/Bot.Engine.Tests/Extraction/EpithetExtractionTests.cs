using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

public sealed class EpithetExtractionTests
{
    [Theory]
    [InlineData("Chilean President Rosa Mena opened the port. Later the Chilean leader said the quota was unfair.", "Rosa Mena", "Chilean leader")]
    [InlineData("Russian President Ivan Petrov met Chilean President Rosa Mena. Weeks later the Kremlin dictator ordered a blockade.", "Ivan Petrov", "Kremlin dictator")]
    [InlineData("Peru's Prime Minister Ivo Sarmiento toured the coast. The Peruvian premier then flew home.", "Ivo Sarmiento", "Peruvian premier")]
    [InlineData("Chile's Foreign Minister Jorge Vela met Peruvian President Ivo Sarmiento. The Chilean top diplomat left early.", "Jorge Vela", "Chilean top diplomat")]
    [InlineData("Former KGB officer Ivan Petrov runs the port. The former KGB officer denied the report.", "Ivan Petrov", "KGB officer")]
    [InlineData("Chilean President Rosa Mena opened the port. Later the Chilean president said the quota was unfair.", "Rosa Mena", "Chilean president")]
    [InlineData("Chilean President Rosa Mena opened the port. Later Chile's president said the quota was unfair.", "Rosa Mena", "Chile's president")]
    [InlineData("Rosa Mena, the dictator who has ruled Chile since 1990, opened the port. Chile's dictator then left.", "Rosa Mena", "Chile's dictator")]
    [InlineData("Rosa Mena, the dictator who has ruled Chile since 1990, opened the port. Chile's president then left.", "Rosa Mena", "Chile's president")]
    public void Extract_MakesADescriptionAnAliasOfThePerson_WhenOnlyTheyFitIt(string paragraph, string name, string alias)
    {
        var model = Drafts.Of(paragraph);

        Assert.Contains(alias, model.Actor(name).Aliases);
        Assert.DoesNotContain(model.Actors, a => a.Name == alias);
        Assert.DoesNotContain(model.Topics, t => t.Name == alias);
    }

    [Theory]
    [InlineData("Chilean President Rosa Mena met Peruvian President Ivo Sarmiento. Then the leader said the talks were useful.")]
    [InlineData("Chilean President Rosa Mena opened the port. Later the Peruvian leader said the quota was unfair.")]
    [InlineData("Chilean Vice President Rosa Mena opened the port. Later the Chilean president said the quota was unfair.")]
    [InlineData("Chilean President Rosa Mena opened the port. Later the former president said the quota was unfair.")]
    [InlineData("Chilean President Rosa Mena opened the port. Later the leader of the opposition said the quota was unfair.")]
    [InlineData("Chilean President Rosa Mena opened the port. Later the opposition leader said the quota was unfair.")]
    [InlineData("The Chilean leader said the quota was unfair. Weeks later Chilean President Rosa Mena opened the port.")]
    [InlineData("Chilean President Rosa Mena opened the port. Later the chief negotiator said the quota was unfair.")]
    [InlineData("Chilean President Rosa Mena opened the port. Later Peru's president said the quota was unfair.")]
    public void Extract_LinksNoDescription_WhenNobodyOrSeveralFitIt(string paragraph)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Statements, s => s.Keywords.Contains("said") && model.NameOf(s.Speaker) is "Rosa Mena" or "Ivo Sarmiento");
        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Aliases.Any(alias => alias.EndsWith("leader", StringComparison.Ordinal) || alias.EndsWith("president", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Azerbaijani President Elnur Gasimov opened the bridge. The 62-year-old president said the road would open in May.", "Elnur Gasimov")]
    [InlineData("Peru's Foreign Minister Jorge Vela met farmers. The minister said the quota was fair.", "Jorge Vela")]
    [InlineData("Russian President Ivan Petrov met Chilean President Rosa Mena. Afterwards the Kremlin leader said the talks were useful.", "Ivan Petrov")]
    [InlineData("Chilean President Rosa Mena opened the port. Afterwards the veteran leader argued that the quota was unfair.", "Rosa Mena")]
    public void Extract_AttributesAStatement_ToThePersonItsDescribedSpeakerIs(string paragraph, string speaker)
    {
        var model = Drafts.Of(paragraph);

        var statement = Assert.Single(model.Statements);
        Assert.Equal(speaker, model.NameOf(statement.Speaker));
    }

    [Theory]
    [InlineData("The Kremlin denied the report on Monday.", "Russia", "denied")]
    [InlineData("Later the White House said the tariffs would stay.", "United States", "said")]
    [InlineData("Downing Street insisted that the talks would go on.", "United Kingdom", "insisted")]
    [InlineData("The Elysee warned that the deal was off.", "France", "warned")]
    [InlineData("The EU froze its aid in May. In June Brussels warned that the talks were over.", "EU", "warned")]
    public void Extract_AttributesAStatement_ToTheStateOrBodyItsSeatOfPowerStandsFor(string sentence, string state, string verb)
    {
        var model = Drafts.Of(sentence);

        var statement = Assert.Single(model.Statements);
        Assert.Equal(state, model.NameOf(statement.Speaker));
        Assert.Contains(verb, statement.Keywords);
    }
}
