using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Sentences that say a start and then undo the rest after "but" ("promised grain, but failed to deliver", "was
/// circulated, but was put to one side"): a claim going past the start is a no; one saying only the start is a yes.
/// </summary>
public sealed class UndoneAfterButTests
{
    private const string Article = """
        Flood Year in Kessberg

        By Ada Quill | March 4, 2021

        The northern towns promised grain to Kessberg, but failed to deliver.

        Mayor Arlo Venn's flood plan was circulated in the harbour council in the first weeks of the flood, but was put to one side.

        The harbour of Kessberg reopened in June.
        """;

    [Theory]
    [InlineData("Did the northern towns give Kessberg the grain they had promised?", "No")]
    [InlineData("Did the harbour council adopt Arlo Venn's flood plan?", "No")]
    [InlineData("Did the northern towns promise grain to Kessberg?", "Yes")]
    [InlineData("Was Arlo Venn's flood plan circulated in the harbour council?", "Yes")]
    public void Ask_SaysNo_WhenTheClaimGoesPastWhatTheSentenceUndoesAfterBut(string question, string start)
    {
        var answer = DraftedArticle.Ask("flood.txt", Article, question);

        Assert.True(answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Text);
    }
}
