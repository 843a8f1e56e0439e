using Bot.Engine.Model;

namespace Bot.Engine.Tests.Model;

/// <summary>How a list's items read in an answer.</summary>
public sealed class ListFactTests
{
    [Theory]
    [InlineData("Greenwick|Port Alder", "Greenwick and Port Alder")]
    [InlineData("divers|engineers|pilots", "divers, engineers and pilots")]
    [InlineData("the council, which voted|the mayor", "the council, which voted; the mayor")]
    [InlineData("a long item of many words|a second", "a long item of many words; a second")]
    [InlineData("only one", "only one")]
    public void ItemsText_ReadsAsProse_WhenEveryItemIsShort(string items, string text) =>
        Assert.Equal(text, new ListFact("l", "things", [], items.Split('|'), [], new Evidence("a", 1, "q")).ItemsText);
}
