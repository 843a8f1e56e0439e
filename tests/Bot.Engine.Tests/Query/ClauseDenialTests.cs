using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Denials that close or repeat within a clause: a refusal said in the passive at a clause's end ("the offer was largely
/// ignored") denies what the clause said before it; two denials joined by "and" deny two parts, and do not cancel out.
/// </summary>
public sealed class ClauseDenialTests
{
    private const string Article = """
        The Harbour Talks

        By Ada Quill | March 4, 2021

        Indeed, Lorvania’s offer upon the outbreak of war on 7 October to mediate between Kestrel and Borduria was largely ignored – chiefly because Lorvania is not the key player in these relationships and has little leverage over Kestrel.

        The Kessberg accords, which did not achieve a full ceasefire in 2019 and did not prevent a full-scale offensive a year later, are now forgotten.

        The Saltmarsh accords did not achieve a full ceasefire and did not stop the shelling of Port Alder.

        The port authority approved the new cranes, though the dredging budget was ignored.
        """;

    [Theory]
    [InlineData("Was Kestrel receptive to Lorvania's mediation offer after 7 October?", "No")]
    [InlineData("Did the Kessberg accords achieve a full ceasefire in 2019?", "No")]
    [InlineData("Did the Saltmarsh accords stop the shelling of Port Alder?", "No")]
    [InlineData("Did the port authority approve the new cranes?", "Yes")]
    public void Ask_ReadsDenialsWithinTheirClause(string question, string start)
    {
        var answer = DraftedArticle.Ask("harbour-talks.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
