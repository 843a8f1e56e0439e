using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A word of incapacity, doubt or refusal denies the whole infinitive after it ("unlikely to have the spare men to open a
/// new front" denies the front too), up to a preposition that may name another thing ("... after floods hit the
/// railways" does not deny the floods). A claim that itself says the lack ("does X lack the men?") is confirmed.
/// </summary>
public sealed class InfinitiveDenialTests
{
    private const string Article = """
        The Long Stalemate

        By Ada Quill | March 4, 2021

        The war between Ruritania and Borduria has entered its third year, and the front has barely moved.

        Ruritania is unlikely to have the spare manpower to open a new front in the west, pushing on the port of Kesh.

        Lorvania was unable to deliver the promised grain to Kesh after floods hit the northern railways.

        Veterans voiced strong opposition to the decision to deploy engineers alongside Lorvanian forces.
        """;

    [Theory]
    [InlineData("So Ruritania has the men to open a new front?", "No")]
    [InlineData("Can Ruritania open a new front in the west?", "No")]
    [InlineData("Does Ruritania lack the men to open a new front?", "Yes")]
    [InlineData("Did floods hit the northern railways?", "Yes")]
    [InlineData("Were the engineers to be deployed alongside Lorvanian forces?", "Yes")]
    public void Ask_DeniesTheInfinitive_UpToAPreposition(string question, string start)
    {
        var answer = DraftedArticle.Ask("long-stalemate.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
