using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A sentence giving a side but no one on it ("could fuel the protests against the pact") is followed by who is on it:
/// an answer to who opposes or supports something goes on with the sentences after it that name someone new.
/// </summary>
public sealed class HoldersAfterTests
{
    private const string Article = """
        Lorvik and Tamber sign a border pact

        By Ada Quill | March 4, 2021

        Lorvik's president, Ivo Sand, signed a border pact with Tamber in May, ceding two villages.

        However, further concessions forced upon Lorvik could fuel the protests against the pact, which already shake the capital. The campaign is led by Bishop Ora Venn, who calls the pact a betrayal. Farmers under Pell Darrow, a union leader, have blocked the roads. Yet the mayor, Ilse Trand, backs the pact. Prices have risen since May.

        Tamber's foreign minister, Eda Holm, welcomed the pact.
        """;

    [Theory]
    [InlineData("Who is leading the protests in Lorvik against the pact?", "Ora Venn")]
    [InlineData("Who is leading the protests in Lorvik against the pact?", "Pell Darrow")]
    public void Ask_GoesOnWithTheHoldersNamedAfter_WhenTheSentenceNamesNone(string question, string expected)
    {
        var answer = DraftedArticle.Ask("border-pact.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who is leading the protests in Lorvik against the pact?", "Prices have risen")]
    [InlineData("Who is leading the protests in Lorvik against the pact?", "Ilse Trand")]
    [InlineData("Who opposes the pact?", "blocked the roads")]
    public void Ask_StopsAtASentenceNamingNoOne_AndAddsNothingToANamedHolder(string question, string unwanted)
    {
        var answer = DraftedArticle.Ask("border-pact.txt", Article, question);

        Assert.DoesNotContain(unwanted, answer.Text, StringComparison.Ordinal);
    }

    private const string Dissenting = """
        Lorvik signs a fishing deal

        By Ada Quill | March 4, 2021

        The government of Lorvik signed a fishing deal with Tamber in June. Its fisheries minister, Ivo Sand, called the deal a triumph for the fleet.

        Not everyone in Lorvik agrees. Mara Quist, who leads the trawlermen's guild, says the deal sells off the northern banks. Olek Brann, a member of parliament, wants a vote on it.

        The fleet sailed in July.
        """;

    [Theory]
    [InlineData("Who opposes the fishing deal?", "Mara Quist")]
    [InlineData("Who opposes the fishing deal?", "Olek Brann")]
    public void Ask_NamesThoseAfterADissentLeftUnnamed(string question, string expected)
    {
        var answer = DraftedArticle.Ask("fishing-deal.txt", Dissenting, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Not everyone in the valley agrees.", true)]
    [InlineData("But not all of them are convinced.", true)]
    [InlineData("Few share his optimism.", true)]
    [InlineData("Others are less sure.", true)]
    [InlineData("Some economists disagree.", true)]
    [InlineData("Everyone agrees the dam is needed.", false)]
    [InlineData("Some farmers welcomed the deal.", false)]
    [InlineData("Mara Quist disagrees.", false)]
    public void LeavesSideUnnamed_ReadsADissentWithNoOneNamed(string sentence, bool expected) =>
        Assert.Equal(expected, Bot.Engine.Query.Answerers.StanceSentences.LeavesSideUnnamed(sentence));
}
