using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Ana Vey is due to meet her counterpart, Jo Roe, in Lorvik on May 20": the date in a phrase after an aside still dates
/// the meeting of the first clause, so "when will they meet?" is answered with it; a date in a clause of its own ("who
/// arrived on May 20") dates something else, unless it opens on "when" right after the date ("in March 2024, when X
/// said ..."). On an article drafted at load.
/// </summary>
public sealed class PrepositionalDateTests
{
    private const string Text =
        "Harbour talks\n\nBy Ada Quill\n\nMay 2, 2025\n\n"
        + "The harbour dispute has dragged on for months.\n\n"
        + "Ana Vey is due to meet her Tarnish counterpart, Jo Roe, in Lorvik on May 20.\n\n"
        + "Ben Aske visited the port, which reopened on April 9.\n\n"
        + "The plan was stressed again in March 2024, when trade minister Ida Lenz said the harbour would become the main port of the region.\n";

    [Theory]
    [InlineData("When will Ana Vey meet Jo Roe?", "May 20")]
    [InlineData("when is Vey due to meet her counterpart?", "May 20")]
    // "in March 2024, when Ida Lenz said ...": the clause opening on "when" tells what happened at the date before it.
    [InlineData("When did Ida Lenz speak about the harbour?", "March 2024")]
    public void Ask_GivesTheDate_OfAPhraseAfterAnAside(string question, string date)
    {
        var answer = DraftedArticle.Ask("talks.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(date, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_GivesNoDate_ForAVisitDatedOnlyByAClauseOfItsOwn()
    {
        var answer = DraftedArticle.Ask("talks.txt", Text, "When did Ben Aske visit the port?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
