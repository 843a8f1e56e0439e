using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How is X related to Y?" on a drafted article with no sentence naming both: X's role may name Y by the title the
/// question gives them ("a former business partner of the mayor").
/// </summary>
public sealed class RelationRoleTests : IDisposable
{
    private const string Article = """
        Brenmark Scandal Widens

        By Ada Quill | March 4, 2021

        Detectives found gold taps in a flat owned by Ode Lind, a former business partner of the mayor.

        Mayor Ivo Sand is said to have been frustrated with the results of the inquiry.

        Pia Stone, a retired teacher, organised a protest outside the town hall.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("brenmark-scandal.txt", Article);
    private readonly QueryEngine _engine;

    public RelationRoleTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    private Answer Ask(string question) => _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

    [Theory]
    [InlineData("What is the relationship between Ode Lind and Mayor Ivo Sand?")]
    [InlineData("How is Mayor Ivo Sand connected to Ode Lind?")]
    public void Ask_GivesTheRole_WhenItCallsTheOtherByTheTitleTheQuestionGives(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("business partner of the mayor", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotGiveTheRole_WhenItNamesSomeoneElse()
    {
        var answer = Ask("What is the relationship between Ode Lind and Pia Stone?");

        Assert.DoesNotContain("business partner", answer.Text, StringComparison.Ordinal);
    }
}
