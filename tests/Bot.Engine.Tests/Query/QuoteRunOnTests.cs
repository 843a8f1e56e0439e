using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "what were X's exact words?": a quotation the article runs over more than one sentence opens in one and closes in
/// another, and either sentence quotes X; a sentence in no quotation marks gives no one's exact words.
/// </summary>
public sealed class QuoteRunOnTests
{
    private const string Article = """
        Dam Talk

        By Ada Quill | March 4, 2021

        Mayor Ivo Sand warned that “the dam will not hold for long. The river is rising fast,” before leaving.

        Judge Lia Dorn believes the river is rising and the dam is weak.
        """;

    [Theory]
    [InlineData("What were Ivo Sand's exact words about the dam?", AnswerStatus.Answered)]
    [InlineData("What were Lia Dorn's exact words about the dam?", AnswerStatus.Unknown)]
    public void Ask_GivesExactWords_WhenTheQuotationRunsOverSentences(string question, AnswerStatus status) =>
        Assert.Equal(status, DraftedArticle.Ask("dam-talk.txt", Article, question).Status);
}
