using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"Which countries did X visit?": the state a person serves says whose they are, not where they went.</summary>
public sealed class OwnStateVisitedTests
{
    private const string Article = """
        Island Notes

        By Ada Quill | March 4, 2021

        French Foreign Minister Ivo Kern's tour of the southern islands ended with a pledge of aid to the region.

        The strait is busy in summer, and fishing boats crowd its northern shore.
        """;

    [Theory]
    [InlineData("Which countries did Kern visit on his tour?")]
    [InlineData("which countries did ivo kern go to on the tour")]
    public void Ask_SaysTheArticleDoesNotSay_WhenOnlyThePersonsOwnStateIsNamed(string question) =>
        Assert.Equal(AnswerStatus.Unknown, DraftedArticle.Ask("island-notes.txt", Article, question).Status);
}
