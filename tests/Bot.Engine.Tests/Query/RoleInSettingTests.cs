using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who is the harbour aide in the Bordurian delegation?": the setting after the office says where the article puts its
/// holder, which the holder's role need not say; the one person whose role says the office answers.
/// </summary>
public sealed class RoleInSettingTests
{
    private const string Article = """
        Borduria Sends Its Team

        By Ada Quill | March 4, 2021

        Borduria sent a large team to the river talks in Ruritania. Finance Minister Olek Varn was there in case tolls came up; harbour aide Pim Sorel handled the docks and Defence Minister Tomas Brak the patrols.

        The talks ended without a deal on the river tolls.
        """;

    [Theory]
    [InlineData("Who is the harbour aide in the Bordurian delegation?", "Pim Sorel")]
    [InlineData("Who is described as the harbour aide in the delegation?", "Pim Sorel")]
    [InlineData("Who was the finance minister among the Bordurian team?", "Olek Varn")]
    public void Ask_NamesTheHolderOfTheOffice_WhenASettingFollowsIt(string question, string expected)
    {
        var answer = DraftedArticle.Ask("team.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }
}
