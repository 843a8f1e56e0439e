using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Was Vasko jailed for insulting the mayor?" of "Vasko, jailed for slapping a guard": the deed the article gives after
/// "for" is why it was done, so another deed the article never says is a "no", shown with the sentence giving the real one.
/// </summary>
public sealed class OtherReasonClaimTests
{
    private const string Article = """
        Trials in Ruritania

        By Ada Quill | March 4, 2021

        The protests in Ruritania have entered their second year.

        Petra Vasko, a well-known Ruritanian editor, was imprisoned for two years for slapping a prison guard.

        Her lawyers say the sentence is meant to frighten the press.
        """;

    [Theory]
    [InlineData("Was Petra Vasko jailed for insulting the president?")]
    [InlineData("Wasn't Petra Vasko locked up for insulting the president?")]
    public void Ask_SaysNoWithTheRealReason_WhenTheClaimGivesAnotherDeed(string question)
    {
        var answer = DraftedArticle.Ask("ruritania.txt", Article, question);
        Assert.StartsWith("No", answer.Text, StringComparison.Ordinal);
        Assert.Contains("slapping a prison guard", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was Petra Vasko jailed for slapping a prison guard?")]
    [InlineData("Was Petra Vasko imprisoned for smacking a prison guard?")]
    public void Ask_DoesNotDeny_TheSameDeedOrASynonym(string question) =>
        Assert.False(DraftedArticle.Ask("ruritania.txt", Article, question).Text.StartsWith("No", StringComparison.Ordinal));
}
