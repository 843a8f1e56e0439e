namespace Bot.Engine.Tests.Stages;

/// <summary>Finding the entities a text names, on the harbour article.</summary>
public sealed class EntityLinkerTests
{
    [Theory]
    [InlineData("Mayor Jane Roe of Port Alder", false, new[] { "roe", "port-alder" })]
    [InlineData("the dredging plan", false, new[] { "dredging" })]
    [InlineData("the dredging plan", true, new string[0])]
    public void MentionedIn_FindsTheNamedEntities_WhenAskedTwice(string text, bool actorsOnly, string[] expected)
    {
        var linker = StageIndex.Harbour.Linker;

        Assert.Equal(expected.Order(), linker.MentionedIn(text, actorsOnly).Order());
        Assert.Equal(expected.Order(), linker.MentionedIn(text, actorsOnly).Order());
    }

    [Fact]
    public void MentionedIn_GivesEachCallerItsOwnSet_WhenTheTextRepeats()
    {
        var linker = StageIndex.Harbour.Linker;

        linker.MentionedIn("Greenwick rejected the plan").Add("roe");

        Assert.Equal(["greenwick"], linker.MentionedIn("Greenwick rejected the plan"));
    }

    [Theory]
    [InlineData("Hale", "hale")]
    [InlineData("Mayor Roe", "roe")]
    [InlineData("Greenwickers", "greenwick")]
    public void Link_NamesTheEntity_WhenAnAliasIsTyped(string typed, string expected)
    {
        var mention = Assert.Single(StageIndex.Harbour.Linker.Link(typed.Split(' ')));

        Assert.Equal([expected], mention.Candidates);
    }
}
