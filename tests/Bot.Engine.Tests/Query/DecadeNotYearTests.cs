using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "In which year was it given back?" of a sentence saying only "since the 1950s": a decade is no year, so the article
/// does not say, as a month is no day; asked only when, the decade answers. On an article drafted at load.
/// </summary>
public sealed class DecadeNotYearTests
{
    private const string Text =
        "Brenmark remembers\nBy Ada Quill\n\n"
        + "Ms Lind's summer house stands in Velmor, back in Brenmark's hands since the 1950s.\n\n"
        + "The harbour of Lorvik was returned to Brenmark in 1962.\n";

    [Fact]
    public void Ask_SaysTheArticleGivesOnlyTheDecade_WhenAskedWhichYear()
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, "In which year was Velmor given back to Brenmark?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.StartsWith("The article gives only the 1950s, not the year.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_GivesTheYear_WhenTheArticleWritesOne()
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, "In which year was the harbour of Lorvik returned to Brenmark?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("1962", answer.Text);
    }
}
