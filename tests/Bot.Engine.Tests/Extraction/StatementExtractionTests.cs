using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

public sealed class StatementExtractionTests
{
    [Theory]
    [InlineData("Mayor Ines Ortega said the bridge would open in May.", "Ines Ortega", "said")]
    [InlineData("Pablo Ruiz, the head of the Andean Fisheries Council, announced that quotas would fall.", "Pablo Ruiz", "announced")]
    [InlineData("Later, Norway's ambassador to Chile, Erik Lund, stated that the deal was fair.", "Erik Lund", "stated")]
    [InlineData("While Peru has pushed for more boats, Chile has argued that the quota should stay.", "Chile", "argued")]
    [InlineData("The Council of Coastal Towns, which represents Chilean fishermen, declared that the plan was unlawful.", "Council of Coastal Towns", "declared")]
    [InlineData("Peru's Foreign Minister Jorge Vela swiftly denied the report, telling reporters that no deal existed.", "Jorge Vela", "denied")]
    [InlineData("Peru's port workers have long called for higher wages.", "Peru", "called")]
    [InlineData("Last week Chile firmly reiterated that the quota would stay.", "Chile", "reiterated")]
    [InlineData("The Chilean government insist that the boats were inspected.", "Chile", "insist")]
    [InlineData("The Andean Fisheries Council is claiming that the catch has doubled.", "Andean Fisheries Council", "claiming")]
    [InlineData("According to Fisheries Minister Jorge Vela, the quota is \u201Cfair to every port\u201D.", "Jorge Vela", "according")]
    [InlineData("Yet, according to Peru, the boats never left port.", "Peru", "according")]
    [InlineData("Erik Lund, Norway's fisheries commissioner, went so far as to declare that \u201CChile is no partner.\u201D", "Erik Lund", "declare")]
    [InlineData("Marta Quispe, an activist for Harbour Watch, a Peruvian human-rights organisation, says that the arrests were unlawful.", "Marta Quispe", "says")]
    [InlineData("Tomas Vidal, the head of the Chilean Fishermen's Union, admitted that the boats were late.", "Tomas Vidal", "admitted")]
    [InlineData("The Andean Fisheries Council did not respond to requests for comment.", "Andean Fisheries Council", "did")]
    [InlineData("Tomas Vidal, the head of the Chilean Fishermen's Union, declined to comment.", "Tomas Vidal", "declined")]
    [InlineData("Mayor Ines Ortega did not reply to the Herald\u2019s request for comments.", "Ines Ortega", "did")]
    [InlineData("Mayor Pablo Ruiz, Ms Ortega's replacement (pending a vote in the council) says the bridge is a priority.", "Pablo Ruiz", "says")]
    [InlineData("Pablo Ruiz, the mayor's deputy (since 2019), says the bridge is a priority.", "Pablo Ruiz", "says")]
    [InlineData("Marta Quispe, a former prosecutor, says Mayor Ines Ortega has spent heavily on the port.", "Marta Quispe", "says")]
    [InlineData("Tomas Vidal, 54, a trawler captain, says Mayor Ines Ortega has ignored the harbour.", "Tomas Vidal", "says")]
    public void Extract_FindsStatement_WithItsSpeaker(string sentence, string speaker, string verb)
    {
        var model = Drafts.Of(sentence);

        var statement = Assert.Single(model.Statements);
        Assert.Equal(speaker, model.NameOf(statement.Speaker));
        Assert.Contains(verb, statement.Keywords);
        Assert.Contains(statement.Evidence.Quote, sentence);
    }

    [Theory]
    [InlineData("Tens of thousands of protesters as well as Mayor Ines Ortega argue that the toll is unfair.", "protesters", "Ines Ortega")]
    [InlineData("Tomas Vidal has not been charged, and supporters say he has been unfairly blamed.", "supporters", null)]
    [InlineData("Yet critics insist that the quota favours large trawlers.", "critics", null)]
    [InlineData("Dock workers as well as Mayor Ines Ortega argue that the quota is unfair.", "Dock workers", "Ines Ortega")]
    public void Extract_GivesACrowdItsStatement_WhenProtestersCriticsOrSupportersSpeakAsOne(string sentence, string crowd, string? alongside)
    {
        var model = Drafts.Of(sentence);

        var statement = Assert.Single(model.Statements, s => model.NameOf(s.Speaker) == crowd);
        Assert.Equal(ActorKind.Group, model.Actors.Single(a => a.Id == statement.Speaker).Kind);
        Assert.Contains(statement.Evidence.Quote, sentence);
        Assert.Equal(alongside is not null, model.Statements.Any(s => model.NameOf(s.Speaker) == alongside));
    }

    [Fact]
    public void Extract_GivesTheNamedExampleOfTheSpeakingGroup_TheStatementToo()
    {
        var model = Drafts.Of("Chilean fishermen in southern Peru, like Tomas Vidal, have urged the navy to leave.");

        Assert.Equal(["Chilean fishermen", "Tomas Vidal"], model.Statements.Select(s => model.NameOf(s.Speaker)).Order());
        Assert.All(model.Statements, s => Assert.Contains("urged", s.Keywords));
    }

    [Theory]
    [InlineData("The delay can be explained by the storms.")]
    [InlineData("The bridge, which opened last week, is busy.")]
    [InlineData("Brightwater Trading Ltd is not sanctioned by any government, the report said.")]
    [InlineData("Peru shipped the valves through Lima in 2024, the court records say.")]
    [InlineData("Chile never paid the levy, their statement said.")]
    public void Extract_FindsNoStatement_WithoutASpeaker(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Statements);
    }

    [Fact]
    public void Extract_ResolvesHeToTheLastPerson()
    {
        var model = Drafts.Of("Mayor Ines Ortega opened the bridge.", "Senator Luis Prado watched. He said the bridge was too narrow.");

        Assert.Contains(model.Statements, s => model.NameOf(s.Speaker) == "Luis Prado" && s.Evidence.Quote.StartsWith("He said", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("researchers", "Researchers at the Harbour Policy Institute", "The researchers found that ferries ran late.", "\u201CThe delays cost towns millions,\u201D the researchers concluded.")]
    [InlineData("authors", "Authors from the Coastal Trade Council", "The authors wrote that the port lost trade.", "The authors also urged towns to pool their boats.")]
    public void Extract_GivesTheUnnamedBodyQuotedTwice_ItsOwnStatements(string body, string role, string first, string second)
    {
        var model = Drafts.Of($"{role} studied the ferries of Peru.", first, "Chile has long opposed the ferry plan.", second, "Instead of new fines, they said that towns should share boats.");

        var group = model.Actor(body);
        Assert.Equal(ActorKind.Group, group.Kind);
        Assert.Equal(role, group.Role);
        Assert.Equal(body, model.NameOf(Assert.Single(model.Statements, s => s.Said.Contains("share boats", StringComparison.Ordinal)).Speaker));
        Assert.Equal(2, model.Statements.Count(s => s.Speaker == group.Id && (s.Said == first || s.Said == second)));
    }
}
