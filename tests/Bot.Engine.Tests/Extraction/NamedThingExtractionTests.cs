namespace Bot.Engine.Tests.Extraction;

/// <summary>Named vessels and missions introduced by an appositive act in a story: they are actors too.</summary>
public sealed class NamedThingExtractionTests
{
    [Theory]
    [InlineData("Last week the coastguard tried to stop the Heron, a trawler flying no flag, off the cape.", "Heron", "Trawler flying no flag")]
    [InlineData("A rusty freighter, the Blue Otter, was caught dumping oil near the pier.", "Blue Otter", "Rusty freighter")]
    [InlineData("One battered tanker, the Solveig, shows how the trade works.", "Solveig", "Battered tanker")]
    [InlineData("This year the alliance launched a new mission, Harbour Watch, to guard the cables.", "Harbour Watch", "New mission")]
    [InlineData("Troops are stationed in Borduria, a breakaway region in the east that the capital funds.", "Borduria", "Breakaway region in the east that the capital funds")]
    public void Extract_DraftsANamedThingWithItsAppositiveAsRole_WhenAnAppositiveCallsItAVesselOrMission(string paragraph, string name, string role)
    {
        var model = Drafts.Of(paragraph);

        var thing = model.Actor(name);
        Assert.Equal(role, thing.Role, ignoreCase: true);
        Assert.Contains(thing.Evidence.Quote, paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Since it was detained it has changed its name to Marlin.")]
    [InlineData("It was later renamed the Marlin.")]
    [InlineData("It is now sailing as Marlin.")]
    public void Extract_NamesAVesselByItsNewName_WhenALaterSentenceRenamesIt(string rename)
    {
        var model = Drafts.Of("A rusty freighter, the Blue Otter, was caught dumping oil near the pier.", rename);

        Assert.Contains("Marlin", model.Actor("Blue Otter").Aliases);
    }

    [Theory]
    [InlineData("Marta Quispe, a ship owner, says the port is dying.")]
    [InlineData("Yesterday, a tanker ran aground.")]
    public void Extract_DraftsNoNamedThing_WhenTheNameIsAPersonOrNoName(string paragraph)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Name is "Yesterday" || (a.Name == "Marta Quispe" && a.Kind != Bot.Engine.Model.ActorKind.Person));
    }

    [Fact]
    public void Extract_DraftsNoActorsFromASmallCapsOpening_WhenItHoldsAHyphenatedWord()
    {
        var model = Drafts.Of("THE HARBOUR-FRONT dispute between the mayor and the guild is growing.");

        Assert.DoesNotContain(model.Actors, a => a.Name is "THE" or "HARBOUR" or "FRONT");
    }
}
