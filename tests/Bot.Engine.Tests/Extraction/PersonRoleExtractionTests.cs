namespace Bot.Engine.Tests.Extraction;

public sealed class PersonRoleExtractionTests
{
    [Theory]
    [InlineData("\"The port is dying,\" says Marta Quispe, rector of Andes University.", "Marta Quispe", "Rector of Andes University")]
    [InlineData("\"We row on,\" adds vice-rector Tomas Vidal.", "Tomas Vidal", "Vice-rector")]
    [InlineData("Back on Harbour Street, teacher Marta Quispe, who has joined every march, says the port matters.", "Marta Quispe", "Teacher who has joined every march")]
    [InlineData("That is not the view of one of Peru's best-known doctors, Tomas Vidal, jailed for a year.", "Tomas Vidal", "One of Peru's best-known doctors")]
    [InlineData("\"The port is dying,\" says Marta Quispe. Her husband, Tomas Vidal, is held in the port jail.", "Tomas Vidal", "Marta Quispe's husband")]
    [InlineData("\"The port is dying,\" says Marta Quispe. Her husband, Tomas Vidal, is held in the port jail.", "Marta Quispe", "Tomas Vidal's wife")]
    [InlineData("The Andean Fisheries Council has not met since May. Its chairman, Tomas Vidal, said the quota was broken.", "Tomas Vidal", "Andean Fisheries Council's chairman")]
    [InlineData("The Andean Fisheries Council's report drew what its envoy to Peru called \"grim\" findings. \"The quota is broken,\" said Tomas Vidal.", "Tomas Vidal", "Andean Fisheries Council's envoy to Peru")]
    [InlineData("Dozens were fined, among them well-known actor Tomas Vidal, given a year for marching.", "Tomas Vidal", "Well-known actor")]
    [InlineData("Yet the strike is fading. Marta Quispe, a welder at the Callao Shipyard who this week was elected head of its union, admitted that pay had fallen.", "Marta Quispe", "Welder at the Callao Shipyard")]
    [InlineData("Tomas Vidal, Peru's fisheries commissioner, went so far as to declare that \"the port is closed.\"", "Tomas Vidal", "Peru's fisheries commissioner")]
    [InlineData("\"The nets are empty,\" shouted one marcher, a local baker named Tomas Vidal.", "Tomas Vidal", "Local baker")]
    [InlineData("The march was led by a retired ferry captain called Marta Quispe.", "Marta Quispe", "Retired ferry captain")]
    [InlineData("Critics point to the ruling party's wealthy founder, Tomas Vidal, who made his money abroad.", "Tomas Vidal", "Wealthy founder of the ruling party")]
    [InlineData("Fishermen blame the country's top diplomat, Marta Quispe, for the quota.", "Marta Quispe", "Top diplomat of the country")]
    [InlineData("The port still honours its former fisheries minister, Tomas Vidal, who died in May.", "Tomas Vidal", "Its former fisheries minister")]
    [InlineData("The fleet was led by Tomas Vidal (pictured), formerly a general in the Chilean Army.", "Tomas Vidal", "Formerly a general in the Chilean Army")]
    [InlineData("Historian Marta Quispe captured the mood, describing the port as \"a town holding its breath.\"", "Marta Quispe", "Historian")]
    [InlineData("Analyst Tomas Vidal says the quota will not last.", "Tomas Vidal", "Analyst")]
    [InlineData("Ostrava's Transport Minister, Tomas Vidal, announced a new bridge on Friday.", "Tomas Vidal", "Ostrava's Transport Minister")]
    [InlineData("On Friday Peru's Deputy Energy Minister, Marta Quispe, said the pipeline was safe.", "Marta Quispe", "Peru's Deputy Energy Minister")]
    [InlineData("Santiago Ruiz, the port's harbour master, said the quay was closed.", "Santiago Ruiz", "Port's harbour master")]
    [InlineData("Tomas Vidal of investment fund Andesfin said the port was safe.", "Tomas Vidal", "Of investment fund Andesfin")]
    [InlineData("Marta Quispe, speaker of the Senate, was in Callao on Tuesday.", "Marta Quispe", "Speaker of the Senate")]
    public void Extract_GivesAPersonTheRoleATagOrAppositiveNames_WhenTheTextSetsItBesideTheName(string paragraph, string name, string role)
    {
        var model = Drafts.Of(paragraph);

        Assert.StartsWith(role, model.Actor(name).Role, StringComparison.Ordinal);
        Assert.DoesNotContain(model.Actors, a => a.Name == "Harbour Street" && a.Role.Contains("Marta", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Marta Quispe, speaker of the Senate (upper house) was in Callao on Tuesday for talks.", "Marta Quispe", "Speaker of the Senate (upper house)")]
    [InlineData("Tomas Vidal, head of the port authority has said the quay is closed.", "Tomas Vidal", "Head of the port authority")]
    public void Extract_EndsAnAppositiveRoleBeforeTheVerb_WhenNoCommaClosesIt(string paragraph, string name, string role)
    {
        var model = Drafts.Of(paragraph);

        Assert.Equal(role, model.Actor(name).Role);
    }

    [Theory]
    [InlineData("Critics point to the ruling party's wealthy founder, Tomas Vidal, who made his money abroad.", "Tomas Vidal", "Wealthy founder of the ruling party, who made his money abroad")]
    [InlineData("They blame the port's first director, Marta Quispe, who sold the cranes in 1990; and the quota.", "Marta Quispe", "First director of the port, who sold the cranes in 1990")]
    [InlineData("The port still honours its former fisheries minister, Tomas Vidal, who died in May, and his wife.", "Tomas Vidal", "Its former fisheries minister")]
    public void Extract_KeepsWhatAClauseAfterTheNameTells_WhenTheRoleComesBeforeIt(string paragraph, string name, string role)
    {
        var model = Drafts.Of(paragraph);

        Assert.Equal(role, model.Actor(name).Role);
    }

    [Theory]
    [InlineData("\"The port is dying,\" says Marta Quispe. Her husband, Tomas Vidal, is held in the port jail.|\"He sees nobody,\" she says.", "Tomas Vidal", "male")]
    [InlineData("\"The port is dying,\" says Marta Quispe. Her husband, Tomas Vidal, is held in the port jail.|\"He sees nobody,\" she says.", "Marta Quispe", "female")]
    [InlineData("Mr Tomas Vidal sells fish at the port.", "Tomas Vidal", "male")]
    [InlineData("Ms Marta Quispe mends nets at the port.", "Marta Quispe", "female")]
    [InlineData("The fisherman Tomas Vidal and his wife, Marta Quispe, run a stall.", "Marta Quispe", "female")]
    public void Extract_GivesAPersonTheGenderTheTextShows_WhenATitleKinshipOrPronounTellsIt(string paragraphs, string name, string gender)
    {
        var model = Drafts.Of(paragraphs.Split('|'));

        Assert.Equal(gender, model.Actor(name).Gender);
    }

    [Theory]
    [InlineData("\"The port is dying,\" says Marta Quispe. Her husband, Tomas Vidal, is held in the port jail.", "Marta Quispe", "Tomas Vidal")]
    [InlineData("Tomas Vidal said the port was dying. Tomas Vidal's wife, Ana Ruiz, agreed.", "Tomas Vidal", "Ana Ruiz")]
    public void Extract_RelatesTwoPeopleAsFamily_WhenAKinshipWordLinksThem(string paragraph, string holder, string kin)
    {
        var model = Drafts.Of(paragraph);

        var relation = Assert.Single(model.Relations, r => r.Kind == "family");
        Assert.Equal((holder, kin), (model.NameOf(relation.From), model.NameOf(relation.To)));
        Assert.Contains(relation.Evidence.Quote, paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Few sailors know the bay as well as Ivo Tamm, the commander of the coastguard. Commodore Tamm says the fleet is small.", "Ivo Tamm")]
    [InlineData("Ivo Tamm, the head of the harbour police, was sceptical. Captain Tamm says the fleet is small.", "Ivo Tamm")]
    [InlineData("The garrison answers to Ivo Tamm, a naval officer. Brigadier Tamm says the fleet is small.", "Ivo Tamm")]
    public void Extract_DraftsOnePerson_WhenALaterMentionPutsAMilitaryRankBeforeTheSurname(string paragraph, string name)
    {
        var model = Drafts.Of(paragraph);

        Assert.Single(model.Actors, a => a.Kind == Bot.Engine.Model.ActorKind.Person && a.Names().Any(n => n.Contains("Tamm", StringComparison.Ordinal)));
        Assert.Equal(name, model.Actor("Tamm").Name);
    }
}
