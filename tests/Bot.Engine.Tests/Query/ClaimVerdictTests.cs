using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Yes or no for claims whose words a sentence says in a way easily misread: an "against" that names what is guarded
/// against or what a law targets, a list of places joined by commas, and a quotation
/// that denies what the claim says was said.
/// </summary>
public sealed class ClaimVerdictTests
{
    private const string Article = """
        Harbour Notes

        By Ada Quill | March 4, 2021

        The Harbour Guild has long stressed its commitment to protecting Corvale's fishing fleet from Tarvian raids.

        Inspectors found that the traders shipped pumps to firms in Peru, Chile and Bolivia.

        Ada Quill, the harbour commissioner, went so far as to declare that "the Tarvia ferry is not safe."

        Mayor Ivo Sand reopened the old bridge, saying "nobody wanted it closed."

        A day after the harbour levy passed, the ruling party brought another bill forward targeting Tarvian trawlers.

        Ivo Sand said it was "not fair" that Corvale raised the harbour levy, adding, "I hope it is only a passing tactic."
        """;

    [Theory]
    [InlineData("Did the Harbour Guild commit to defending Corvale's fishing fleet against Tarvian raids?", "Yes")]
    [InlineData("Has the Harbour Guild stressed a commitment against protecting Corvale's fishing fleet?", "No")]
    public void Ask_ReadsAnAgainstThatNamesWhatIsGuardedAgainst_AsNoDenial(string question, string start) => AssertOpens(question, start);

    [Theory]
    [InlineData("The law against Tarvian trawlers, it was brought by the opposition party?", "No")]
    [InlineData("The law against Tarvian trawlers, it was brought by the ruling party?", "Yes")]
    public void Ask_ReadsAnAgainstThatNamesWhatALawTargets_AsNoDenial(string question, string start) => AssertOpens(question, start);

    [Theory]
    [InlineData("Did the traders ship pumps to firms in Chile?", "Yes")]
    [InlineData("Did the traders ship pumps to firms in Bolivia?", "Yes")]
    [InlineData("Did the traders ship pumps to firms in Argentina?", "No")]
    public void Ask_FindsTheClaimsPlace_InAListJoinedByCommas(string question, string start) => AssertOpens(question, start);

    [Theory]
    [InlineData("Did Ada Quill insist the Tarvia ferry is safe?", "No")]
    [InlineData("Did Ada Quill say the Tarvia ferry is safe?", "No")]
    [InlineData("Did Ada Quill say the Tarvia ferry is not safe?", "Yes")]
    [InlineData("Did Ivo Sand reopen the old bridge?", "Yes")]
    [InlineData("Did Ivo Sand say 'I hope it is only a passing tactic' about Corvale?", "Yes")]
    public void Ask_ReadsTheQuotation_WhenItSaysTheClaim(string question, string start) => AssertOpens(question, start);

    private static void AssertOpens(string question, string start)
    {
        var answer = DraftedArticle.Ask("harbour-notes.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
