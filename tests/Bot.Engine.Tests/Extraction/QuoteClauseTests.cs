using Bot.Engine.Extraction;

namespace Bot.Engine.Tests.Extraction;

/// <summary>A long sentence is cut only between clauses, so a role read from it is whole clauses.</summary>
public sealed class QuoteClauseTests
{
    [Theory]
    [InlineData("Lima grew.", "Lima", 10, "Lima grew.")]
    [InlineData("In the spring of that year, after long talks, Lima and Quito signed a treaty on the river border.", "Quito", 11, "Lima and Quito signed a treaty on the river border.")]
    [InlineData("Ports closed early, and Quito lost trade to its rivals in the north for most of the year.", "Quito", 16, "Quito lost trade to its rivals in the north for most of the year.")]
    [InlineData("The mayor, a former sailor, praised Quito, its harbour, its market and its bridges.", "Quito", 6, "praised Quito, its harbour")]
    public void Clauses_CutsAtClauseMarks_AndDropsALeadingConjunction(string sentence, string name, int maxWords, string expected)
    {
        var start = sentence.IndexOf(name, StringComparison.Ordinal);

        Assert.Equal(expected, Quotes.Clauses(sentence, start, start + name.Length, maxWords));
    }
}
