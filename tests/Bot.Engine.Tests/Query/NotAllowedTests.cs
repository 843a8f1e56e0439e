using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "would not allow boats over 20 years old to dock": what is not allowed is limited, so a claim of a limit is a yes; a
/// claim that they are allowed is a no, though the sentence gives the claim's own figure.
/// </summary>
public sealed class NotAllowedTests
{
    private const string Article = """
        Old Boats Barred

        By Ada Quill | March 4, 2022

        The harbour board of Kessberg said it would not allow any boats over 20 years old to dock in its harbour.

        The board also opened a new fish market.
        """;

    [Theory]
    [InlineData("Has the harbour board of Kessberg put a limit on boats that can dock in its harbour?", "Yes")]
    [InlineData("did the harbour board restrict which boats may dock in its harbour", "Yes")]
    [InlineData("Will the harbour board allow boats over 20 years old to dock?", "No")]
    [InlineData("will the board let boats over 20 years old dock in its harbour?", "No")]
    public void Ask_ReadsNotAllowingAsALimit(string question, string start)
    {
        var answer = DraftedArticle.Ask("old-boats.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
