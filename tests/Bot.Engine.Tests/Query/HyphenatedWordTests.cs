using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Hyphenated words read as a reader reads them: "co-ordinated" is "coordinated", "cease-fire" is "ceasefire", and
/// "non-violent" says the protests were not violent; the hyphenated words of the word lists meet the article's.
/// </summary>
public sealed class HyphenatedWordTests
{
    private const string Article = "Harbour Unrest\n\nThe protests in Greenwick have been almost entirely non-violent, the mayor said in 2021.\n\n"
        + "The fishermen co-ordinated their boycott of the new pier with the traders.\n\n"
        + "A cease-fire between the two ferry companies held for a month.\n\n"
        + "The ex-mayor Anna Lund-Berg backed a 28-point plan for the docks.\n\n"
        + "The toll row in Port Alder proved short-lived.\n\n"
        + "The harbour party overwhelmingly dominates the town council.\n";

    private static string Ask(string question) => DraftedArticle.Ask("harbour.txt", Article, question).Text;

    [Theory]
    [InlineData("was the boycott coordinated?", "Yes", "co-ordinated their boycott")]
    [InlineData("how long did the ceasefire hold?", "The article says", "cease-fire")]
    [InlineData("was there a truce between the ferry companies?", "Yes", "cease-fire")]
    [InlineData("what did Lundberg back?", "The ex-mayor", "28-point plan")]
    public void Ask_MeetsTheHyphenatedWord_WhenTheQuestionWritesItWhole(string question, string start, string quoted)
    {
        var answer = Ask(question);

        Assert.True(answer.StartsWith(start, StringComparison.Ordinal) && answer.Contains(quoted, StringComparison.Ordinal), answer);
    }

    [Theory]
    [InlineData("were the protests violent?", "No")]
    [InlineData("were the protests nonviolent?", "Yes")]
    [InlineData("were the protests peaceful?", "Yes")]
    [InlineData("were the protests peaceful or not?", "Yes")]
    [InlineData("was there rioting in Greenwick?", "No")]
    [InlineData("was the toll row in Port Alder enduring?", "No")]
    [InlineData("is the harbour party strong in the council or not?", "Yes")]
    public void Ask_ReadsTheClaimAgainstTheWholeWord_WhenTheArticleHyphenatesIt(string question, string start) =>
        Assert.StartsWith(start, Ask(question), StringComparison.Ordinal);
}
