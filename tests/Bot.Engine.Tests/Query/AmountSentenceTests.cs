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
    [InlineData("how many ships does brenmark have?")]
    [InlineData("how much did brenmark spend on its schools?")]
    public void Ask_GivesNoFigure_WhenTheParagraphCountsOtherThings(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
