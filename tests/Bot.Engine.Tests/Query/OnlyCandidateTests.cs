using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>A claim of membership where the article says only candidacy ("an official candidate for membership"): no.</summary>
public sealed class OnlyCandidateTests
{
    private const string Article = """
        Kessland Looks West

        By Ada Quill | March 4, 2021

        Last June Kessland became an official candidate for membership of the Northern League, and the league has now promised €40m in aid for roads.

        The harbour of Kessberg reopened in June.
        """;

    [Theory]
    [InlineData("Has the Northern League already admitted Kessland as a full member?", "No")]
    [InlineData("Is Kessland a member of the Northern League?", "No")]
    [InlineData("Is Kessland a candidate for membership of the Northern League?", "Yes")]
    public void Ask_SaysNo_WhenTheArticleMakesTheSubjectOnlyACandidate(string question, string start)
    {
        var answer = DraftedArticle.Ask("kessland.txt", Article, question);

        Assert.True(answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Text);
    }
}
