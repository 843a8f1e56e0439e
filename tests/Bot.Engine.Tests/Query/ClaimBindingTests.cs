using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims checked against a sentence of a drafted article that names all of their names, but one of them only in a
/// clause of its own after what the claim says, where another of its kind stands: the sentence says it of the other.
/// </summary>
public sealed class ClaimBindingTests : IDisposable
{
    private const string Article = """
        Harbour Notes

        By Ada Quill | March 4, 2021

        As the Harbour Guild openly called for the resignation of the Corvale council in 2019, Mayor Ivo Sand's wish to calm the town led him to postpone the vote.

        Inspectors found that 12 traders shipped pumps made by firms headquartered in Peru, Chile, Bolivia or with subsidiaries in Ecuador.

        Brenmark, like Tarvia, sent engineers to Bolivia in 2020.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("harbour-notes.txt", Article);

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Did the Harbour Guild call for Ivo Sand to resign in 2019?", "No")]
    [InlineData("Did the Harbour Guild call for the Corvale council to resign?", "Yes")]
    public void Ask_AnswersNo_WhenTheNameStandsApartFromWhatTheClaimSaysAndAnotherStandsInItsPlace(string question, string start) => AssertOpens(question, start);

    [Theory]
    [InlineData("Did Tarvia send engineers to Bolivia?", "Yes")]
    [InlineData("Did Brenmark send engineers to Bolivia in 2020?", "Yes")]
    [InlineData("Were any of the firms headquartered in Peru?", "Yes")]
    public void Ask_KeepsANameBeforeWhatTheClaimSaysOrInItsList_WithIt(string question, string start) => AssertOpens(question, start);

    private void AssertOpens(string question, string start)
    {
        var answer = new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("binding", question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
