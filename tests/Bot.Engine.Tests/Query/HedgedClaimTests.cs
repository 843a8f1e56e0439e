using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim the article judges unlikely ("X is unlikely to pressure Y", "a revolution is unlikely") is answered no, not
/// left unsaid or confirmed; a claim that itself doubts or denies it ("does X lack the men?") is answered yes.
/// </summary>
public sealed class HedgedClaimTests
{
    private const string Article = """
        The Long Stalemate

        By Ada Quill | March 4, 2021

        The war between Ruritania and Borduria has entered its third year, and the front has barely moved.

        Nevertheless, the analyst Ivo Tarn argues that Lorvania is unlikely to pressure Ruritania to stop the war because its leaders dislike being lectured.

        Ruritania is unlikely to have the spare manpower to open a new front in the west, pushing on the port of Kesh.

        Prices in Ruritania have doubled since the war began, and strikes have spread to the mines. But a domestic revolution is unlikely.

        The stalemate hurts both sides. It also suggests that a Ruritanian appetite for anything more comprehensive than a ceasefire is unlikely, if not impossible, under such conditions.

        Conformists and non-conformists in Lorvania agree that a major economic meltdown is unlikely.

        The Lorvanian parliament is likely to approve the new trade treaty with Ruritania next month.
        """;

    [Theory]
    [InlineData("Will Lorvania lean on Ruritania to end the war?", "No")]
    [InlineData("Does Ruritania lack the manpower for a new western front?", "Yes")]
    [InlineData("Does the author expect a domestic revolution in Ruritania?", "No.")]
    [InlineData("So Ruritania would sign up to a comprehensive peace deal if one were offered, according to the author?", "No.")]
    [InlineData("Do conformists in Lorvania expect a major economic meltdown?", "No")]
    [InlineData("Will the Lorvanian parliament approve the trade treaty?", "Yes")]
    public void Ask_AnswersByTheArticlesDoubt(string question, string start)
    {
        var answer = DraftedArticle.Ask("long-stalemate.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
