using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Which people were injured?", "who were the four people injured?" ask for persons by name: a sentence that only counts
/// them, or names someone in another clause, does not answer.
/// </summary>
public sealed class PeopleNamedWithTheDeedTests
{
    private const string Article = """
        Storm in Kessberg

        By Ada Quill | March 4, 2021

        By March 2nd, at least four people had been injured in the storm.

        “Don't injure the fishing trade,” Mayor Arlo Venn told the council.

        Two sailors, Jon Brisk and Pia Moll, were rescued from the harbour.
        """;

    [Theory]
    [InlineData("Which people were injured in the storm?", AnswerStatus.Unknown, "")]
    [InlineData("Who were the four people injured in the storm?", AnswerStatus.Unknown, "")]
    [InlineData("Which people were rescued from the harbour?", AnswerStatus.Answered, "Jon Brisk")]
    [InlineData("Who were the sailors rescued from the harbour?", AnswerStatus.Answered, "Jon Brisk")]
    public void Ask_NamesThePeopleOnlyWhereTheArticleNamesThemWithTheDeed(string question, AnswerStatus status, string named)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.True(answer.Status == status && answer.Text.Contains(named, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
