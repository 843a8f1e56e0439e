using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A list the article announces in one sentence and then tells sentence by sentence ("Troubles remain at home. The
/// press is muzzled. Dissidents are jailed."): the announcing sentence and the rest of its paragraph answer a question
/// asking for that list, up to a series naming others.
/// </summary>
public sealed class AnnouncedListTests
{
    private const string Article = """
        Lorvik Looks Inward

        By Ada Quill | March 4, 2021

        Lorvik won the border war last year, and its leader Ivo Sand basks in the triumph.

        Yet grave troubles at home remain for the small republic. The press is muzzled by a new licence rule. Dissidents are jailed without trial. Farmers cannot sell grain abroad.

        The harbour of Lorvik reopened in May.
        """;

    /// <summary>The sentences after the announcing one, series of things among them ("harassment of reporters and a licence rule").</summary>
    [Theory]
    [InlineData(Article, "What troubles does Lorvik face at home? List them.", "muzzled")]
    [InlineData(Article, "What troubles does Lorvik face at home? List them.", "jailed without trial")]
    [InlineData(Article, "List the troubles Lorvik faces at home.", "Farmers cannot sell grain")]
    [InlineData(SeriesArticle, "List the troubles Lorvik faces at home.", "harassment of reporters")]
    [InlineData(SeriesArticle, "List the troubles Lorvik faces at home.", "blackmailed")]
    public void Ask_GivesTheSentencesAfterTheOneAnnouncingTheList(string article, string question, string expected)
    {
        var answer = DraftedArticle.Ask("lorvik.txt", article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    private const string SeriesArticle = """
        Lorvik Counts The Cost

        By Ada Quill | March 4, 2021

        Lorvik won the border war last year, and its leader Ivo Sand basks in the triumph.

        Yet grave troubles at home remain for the small republic. The press is muzzled, with state control of the radio, harassment of reporters and a new licence rule. Dissidents are blackmailed, arrested and jailed without trial.

        Six smugglers were arrested in the harbour. Holm, Vik and Dahl deny any part in it.

        The harbour of Lorvik reopened in May.
        """;

    [Fact]
    public void Ask_StopsAtASeriesOfOtherNames_AfterTheSentenceAnnouncingTheList()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", SeriesArticle, "List the smugglers arrested in the harbour.");

        Assert.DoesNotContain("Holm, Vik and Dahl", answer.Text, StringComparison.Ordinal);
    }
}
