using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Reasons news writing gives for why a course is hard, easy or unwelcome: what makes it so, and the state of things
/// it is judged in.
/// </summary>
public sealed class ExplanationJudgementTests
{
    [Theory]
    [InlineData("The vague wording of the treaty makes enforcement harder.", "enforcement harder", "The vague wording of the treaty")]
    [InlineData("Cheap diesel made the long route to the north possible.", "the long route to the north possible", "Cheap diesel")]
    [InlineData("Spending on new boats is controversial when the price of bread is the main worry of most voters.", "Spending on new boats is controversial", "the price of bread is the main worry")]
    [InlineData("Raising the toll remains a hard sell at a time when fares have doubled.", "Raising the toll remains a hard sell", "fares have doubled")]
    // A sentence of its own may open on "But": the claim is not a fragment cut off after a conjunction.
    [InlineData("But raising the toll is unpopular now that fares have doubled.", "raising the toll is unpopular", "fares have doubled")]
    public void Extract_TakesWhatMakesACourseHard_AsItsReason(string sentence, string claim, string reason)
    {
        var model = Drafts.Of(sentence);

        var explanation = Assert.Single(model.Explanations);
        Assert.Contains(claim, explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains(explanation.Reasons, r => r.Evidence.Quote.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The vague wording of the treaty makes enforcement harder.", "Enforcement is harder.")]
    [InlineData("Cheap diesel made the long route to the north possible.", "The long route to the north was possible.")]
    [InlineData("Winter storms make it riskier for the ferries to sail at night.", "It is riskier for the ferries to sail at night.")]
    public void Extract_GivesAClaimCutAfterMakesItsVerbBack_WhenSomethingMakesACourseHard(string sentence, string claim)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Equal(claim, explanation.Claim);
        Assert.Contains("make", explanation.Keywords);
    }

    [Fact]
    public void Ask_AnswersWhySomethingMakesACourseHarder_WithWhatMakesItSo()
    {
        const string article = "Port of Vella Loses Ferry Lines\n\nBy Tom Rusk\n\n"
            + "The port of Vella has lost three ferry lines this year. At home, the toll dispute risks angering the ferry crews. "
            + "Abroad, it makes it harder for the port to win new lines from the southern coast.\n\n"
            + "The harbour master hopes the dispute ends before the summer.";

        var answer = DraftedArticle.Ask("vella.txt", article, "Why could the dispute make it harder for Vella to get new routes?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("harder for the port to win new lines", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The mayor made a speech on the harbour.")]
    [InlineData("The winter was hard when the river froze in 1947.")]
    public void Extract_FindsNoReason_WhenNothingIsJudgedHardOrEasy(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }

    [Fact]
    public void Extract_ReadsAnItAfterAnOpeningPhrase_AsTheSentenceBefore()
    {
        var model = Drafts.Of("At home, the toll dispute risks angering the ferry crews. Abroad, it makes it harder for the port to win new lines.");

        var explanation = Assert.Single(model.Explanations);
        Assert.Contains("it harder for the port to win new lines", explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains(explanation.Reasons, r => r.Evidence.Quote.Contains("the toll dispute risks angering", StringComparison.Ordinal));
    }
}
