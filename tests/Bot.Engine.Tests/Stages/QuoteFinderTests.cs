using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>"who said 'X'": the sentence holding the words and who the article says spoke there.</summary>
public sealed class QuoteFinderTests
{
    private static Reply? Find(string? quoted) =>
        QuoteFinder.Find(new Turn(Harbour, ConversationState.Empty, Question("who said it", Intent.WhoSaid) with { Quoted = quoted }));

    [Theory]
    [InlineData("the harbour should be left as it is", "Tom Hale, as the article reports")]
    [InlineData("the harbour should be left as is", "Tom Hale, as the article reports")]
    [InlineData("dredging would harm its oyster beds", "Greenwick, as the article reports")]
    public void Find_NamesTheSpeaker_WhenTheArticleHoldsTheWords(string quoted, string expected)
    {
        var reply = Find(quoted);

        Assert.NotNull(reply);
        Assert.Equal(AnswerStatus.Answered, reply.Answer.Status);
        Assert.StartsWith(expected, reply.Answer.Text);
        Assert.Equal("harbour-dispute", Assert.Single(reply.Answer.Evidence).Article);
    }

    [Fact]
    public void Find_NamesTheMayor_WhenHerTownIsNamedBetweenHerAndHerWords() =>
        Assert.StartsWith("Jane Roe, as the article reports", Find("announced a plan to dredge the shared harbour")!.Answer.Text);

    [Fact]
    public void Find_SaysTheArticleLacksTheWords_WhenNoSentenceHoldsThem()
    {
        var reply = Find("the harbour will be closed forever");

        Assert.NotNull(reply);
        Assert.Equal(AnswerStatus.Unknown, reply.Answer.Status);
        Assert.StartsWith("The article doesn't contain the words \"the harbour will be closed forever\"", reply.Answer.Text);
    }

    [Fact]
    public void Find_ReturnsNull_WhenNothingIsQuoted() =>
        Assert.Null(Find(null));

    [Theory]
    [InlineData("The article puts 'oyster beds' in scare quotes. In what context?", "oyster beds")]
    [InlineData("In what setting does the reporter use the phrase 'left as it is'?", "left as it is")]
    public void Answer_QuotesTheSentenceHoldingTheWords_WhenTheWordsAroundThemAreOnesNoArticleUses(string question, string quoted)
    {
        var q = QuestionParser.Parse(Harbour, question);

        var reply = AnswererTable.Answer(new Turn(Harbour, ConversationState.Empty, q));

        Assert.Equal(AnswerStatus.Answered, reply.Answer.Status);
        Assert.Contains(quoted, reply.Answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did Boris Kettle say 'the harbour should be left as it is'?", "No. Tom Hale, as the article reports")]
    [InlineData("It was Kettle who said the harbour should be 'left as it is', wasn't it?", "No. Tom Hale, as the article reports")]
    [InlineData("Did Boris Kettle say 'the harbour will be closed forever'?", "The article doesn't say anything about")]
    public void Answer_NamesWhoElseSaidIt_WhenTheQuestionGivesTheWordsToSomeoneNoArticleNames(string question, string expected)
    {
        var q = QuestionParser.Parse(Harbour, question);

        var reply = AnswererTable.Answer(new Turn(Harbour, ConversationState.Empty, q));

        Assert.StartsWith(expected, reply.Answer.Text, StringComparison.Ordinal);
    }
}
