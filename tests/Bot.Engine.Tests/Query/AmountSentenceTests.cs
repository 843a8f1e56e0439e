using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How much", "how many" on a drafted article: the figure often stands in a sentence after the one naming whose it
/// is, and a sum of money is asked by more words than "how much money".
/// </summary>
public sealed class AmountSentenceTests : IDisposable
{
    private const string Article = """
        Brenmark Rearms

        By Ada Quill | March 4, 2021

        This year Brenmark's defence budget will leap by 68% compared with last year. The sum is still tiny: about €75m ($80m), according to Ode Lind, the defence minister. The town's only tanks are museum pieces, and barely half of its 6,500 soldiers are professionals.

        Corvale keeps 1,500 drones near Brenmark, says Ivo Sand, the mayor of Brenmark.

        Brenmark has long relied on national service. Its conscript army generates a reserve force of almost 90,000 trained citizens.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("brenmark-rearms.txt", Article);
    private readonly QueryEngine _engine;

    public AmountSentenceTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("how much is brenmark spending on defence this year?", "€75m")]
    [InlineData("what dollar figure does the article give for brenmark's defence budget?", "$80m")]
    [InlineData("how many soldiers does brenmark have?", "6,500 soldiers")]
    public void Ask_GivesTheFigure_FromTheSentenceAfterTheOneNamingWhoseItIs(string question, string figure)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(figure, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("how big is brenmark's army reserve?", "90,000")]
    [InlineData("how large is the reserve force of the army", "90,000")]
    // "size" and "strength" ask what "how big" does.
    [InlineData("brenmark's army reserve: size?", "90,000")]
    [InlineData("what is the strength of the army's reserve force?", "90,000")]
    // One word places a figure that closely follows it.
    [InlineData("brenmark reserve size?", "90,000")]
    public void Ask_GivesTheAmount_FromASentenceSayingEveryOtherWordOfTheQuestion(string question, string amount)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(amount, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    // One word says too little to tell the army's own size from another number in a sentence about it.
    [InlineData("how big is brenmark's army?")]
    [InlineData("brenmark's army size?")]
    // The reserve is spoken of, but not with a number of what is asked.
    [InlineData("how long is the reserve service in brenmark?")]
    // A length is asked, and a bare number of citizens is none; "how much" asks a sum of money.
    [InlineData("how long is brenmark's army reserve?")]
    [InlineData("how much does brenmark's army reserve get?")]
    public void Ask_GivesNoAmount_WhenTheQuestionSaysTooLittleOrTheSentenceLacksAWord(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Theory]
    [InlineData("how many ships does brenmark have?")]
    [InlineData("how much did brenmark spend on its schools?")]
    public void Ask_GivesNoFigure_WhenTheParagraphCountsOtherThings(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
