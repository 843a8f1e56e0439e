using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Bread up 15% and milk 30%?" of "bread is up 30% and milk 15%": the sentence gives both of the claim's figures, but
/// each of the other thing, so the claim is gainsaid, not borne out. The figures as the sentence pairs them still are.
/// </summary>
public sealed class FiguresSwappedTests
{
    private const string Article = """
        Kessberg prices climb

        By Jo Bloggs

        Food has grown dearer across Kessberg this winter. The price of rye has doubled in a year; bread is up 30% and milk 15%.
        """;

    [Theory]
    [InlineData("Bread went up 15% and milk 30%, right?", "No")]
    [InlineData("so the price of milk rose 30% and bread 15%?", "No")]
    [InlineData("Bread is up 30% and milk 15%, correct?", "Yes")]
    public void Ask_GainsaysFiguresGivenOfEachOther(string question, string verdict)
    {
        var answer = DraftedArticle.Ask("prices.txt", Article, question);

        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }
}
