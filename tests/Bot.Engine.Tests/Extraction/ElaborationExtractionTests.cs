namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A sentence that only spells out the one before ("That includes A, B and C") cannot stand alone: what a speaker
/// said, and the view it shows, run on into it, so a question asking what the thing involves gets the items.
/// </summary>
public sealed class ElaborationExtractionTests
{
    [Theory]
    [InlineData("That includes \u201Csmuggling, forged papers and bribes\u201D.", true)]
    [InlineData("These include smuggling, forged papers and bribes.", true)]
    [InlineData("It involves smuggling, forged papers and bribes.", true)]
    [InlineData("That fear has faded since the spring.", false)]
    [InlineData("The harbour board includes nine members.", false)]
    public void Extract_RunsAStatementOn_IntoTheSentenceSpellingItOut(string next, bool runsOn)
    {
        var first = "\u201CIt is more about the quiet war on the harbour,\u201D says Pablo Ruiz, the mayor.";
        var model = Drafts.Of($"{first} {next}");

        var statement = Assert.Single(model.Statements, s => model.NameOf(s.Speaker) == "Pablo Ruiz");
        Assert.Equal(runsOn, statement.Said.Contains(next, StringComparison.Ordinal));
        Assert.Equal(runsOn, statement.Evidence.Quote.Contains(next, StringComparison.Ordinal));
        Assert.Contains(model.Positions, p => p.Statement.Contains(first, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KeepsTheSentenceAlone_WhenTheElaborationOpensTheNextParagraph()
    {
        var model = Drafts.Of("\u201CIt is more about the quiet war on the harbour,\u201D says Pablo Ruiz, the mayor.", "That includes smuggling, forged papers and bribes.");

        var statement = Assert.Single(model.Statements, s => model.NameOf(s.Speaker) == "Pablo Ruiz");
        Assert.DoesNotContain("smuggling", statement.Said, StringComparison.Ordinal);
    }
}
