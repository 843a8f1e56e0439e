using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims checked against a drafted article that says its deed could not, or would not, be done: "unable to",
/// "incapable of", "unwilling to" deny what follows them as "not" does, and so does doubt ("unlikely"); a claim saying so
/// itself is confirmed.
/// </summary>
public sealed class IncapacityNegationTests
{
    private const string Article = """
        Strait Watch

        By Ada Quill | March 4, 2021

        The Bordurian navy was unable to establish control of the Kessberg strait.

        Minister Arlo Venn has been unwilling to raise the harbour tolls this year.

        The Kessberg council proved incapable of repairing the old lighthouse before the storms.

        Inspectors said the inability to dredge the channel has kept the largest ships away from Port Alder.

        The plan to sell the river ferries to a private firm now looks unlikely to go ahead.

        The new cranes will take some time, although it is unlikely that the tired and overworked dock crews will be allowed the months that they would need to learn them well.
        """;

    [Theory]
    [InlineData("Did the Bordurian navy establish control of the Kessberg strait?", "No")]
    [InlineData("Did the Bordurian navy win control of the Kessberg strait?", "No")]
    [InlineData("Has Arlo Venn raised the harbour tolls?", "No")]
    [InlineData("Did the Kessberg council repair the old lighthouse?", "No")]
    [InlineData("Has the channel been dredged?", "No")]
    [InlineData("Was the Bordurian navy unable to establish control of the Kessberg strait?", "Yes")]
    [InlineData("Has Arlo Venn been unwilling to raise the harbour tolls?", "Yes")]
    [InlineData("Will the plan to sell the river ferries to a private firm go ahead?", "No")]
    [InlineData("Is the plan to sell the river ferries unlikely to go ahead?", "Yes")]
    [InlineData("Does the author expect the dock crews to get the months they need to learn the new cranes?", "No")]
    public void Ask_ReadsIncapacityAsDenial_OfTheDeedItPointsAt(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("strait-watch.txt", Article, question).Text, StringComparison.Ordinal);
}
