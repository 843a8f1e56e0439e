using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How is X connected with the scheme?", "what is the relation of X with Y?" on a drafted article with no relation:
/// the sentence naming the one side nearest to where the article names the other side (or says the question's other
/// words) ties them, though it says no "connected" of its own.
/// </summary>
public sealed class TyingSentenceTests : IDisposable
{
    private const string Article = """
        Brenmark Kickbacks Exposed

        By Ada Quill | March 4, 2021

        Investigators say a kickback scheme siphoned off millions from the harbour authority. Many of its alleged members are close to Ode Lind, a former councillor who fled abroad in 2019.

        Staff at Brenmark Polytechnic say the reform is about political control. "The reform was written without us," says its rector, Vera Holm.

        "This is a political project," adds vice-rector Ivo Sand.

        Pia Stone, a retired teacher, organised a protest outside the town hall.

        Brenmark Polytechnic lost its science building in the storm last spring. Although classes have resumed, the repairs drained its budget. The result will be higher fees for students from the valley.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("brenmark-kickbacks.txt", Article);
    private readonly QueryEngine _engine;

    public TyingSentenceTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    private Answer Ask(string question) => _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

    [Theory]
    [InlineData("Ode Lind is connect how with this scheme?", "close to Ode Lind")]
    [InlineData("What's the link between Ode Lind and the kickbacks?", "close to Ode Lind")]
    [InlineData("what is relation of Ivo Sand with Brenmark Polytechnic?", "vice-rector Ivo Sand")]
    public void Ask_GivesTheSentenceNamingOneSideNearTheOther_WhenNoSentenceNamesBoth(string question, string expected)
    {
        var answer = Ask(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotTieSidesToldParagraphsApart()
    {
        var answer = Ask("What is the relationship between Ode Lind and Pia Stone?");

        Assert.DoesNotContain("close to Ode Lind", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How does the author connect the storm damage at Brenmark Polytechnic with student fees?")]
    [InlineData("How is the storm damage at Brenmark Polytechnic connected with student fees?")]
    public void Ask_QuotesTheSentencesLeadingFromOneSideToTheOther_WhenTheArticleTiesThemOverSeveral(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Text.Contains("lost its science building", StringComparison.Ordinal) && answer.Text.Contains("higher fees for students", StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }
}
