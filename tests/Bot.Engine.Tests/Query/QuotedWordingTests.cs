using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Questions asking what the article puts in quotation marks: the phrase it quotes answers them, before a sentence that
/// says more of the question's words but quotes nothing. Asked only for the exact words, the sentence saying most stays.
/// </summary>
public sealed class QuotedWordingTests
{
    private const string Strike = "Ferry Strike\n\nBy Ada Quill | March 4, 2021\n\n"
        + "The ferry strike in Lorvik has lasted three weeks, and the ferry strike has cost the port's traders dearly.\n\n"
        + "Mayor Ann Lee called the ferry walkout a \u201Cslow strangulation\u201D of the town.\n\n"
        + "Dock owners said the strike would end once wages rose.\n";

    [Theory]
    [InlineData("Which phrase does the article put in quotation marks for the ferry strike?")]
    [InlineData("What quoted phrase does the article use for the ferry strike?")]
    [InlineData("which words does the piece place in quotation marks about the ferry strike")]
    public void Ask_GivesTheQuotedPhrase_WhenWhatTheArticleQuotesIsAsked(string question) =>
        Assert.Contains("slow strangulation", DraftedArticle.Ask("strike.txt", Strike, question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_KeepsTheSentenceSayingMost_WhenOnlyTheExactWordsAreAsked() =>
        Assert.Contains("three weeks", DraftedArticle.Ask("strike.txt", Strike, "What exact words does the article use for how long the ferry strike has lasted?").Text, StringComparison.Ordinal);
}
