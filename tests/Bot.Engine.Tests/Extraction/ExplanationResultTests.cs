using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Results news writing names after "led to", "resulted in" or "caused": a bare noun phrase there gets the cue back as
/// its verb, so an answer to "why ...?" says what came of it, not just a thing.
/// </summary>
public sealed class ExplanationResultTests
{
    [Theory]
    [InlineData("Cheap loans from the state bank led to a building boom in the capital.", "It led to a building boom in the capital.")]
    [InlineData("The harbour master kept the old toll, which would surely have caused a strike by the ferry crews.", "It would surely have caused a strike by the ferry crews.")]
    [InlineData("A study of the river trade may lead to a better grasp of the region.", "It may lead to a better grasp of the region.")]
    [InlineData("The council doubled the ferry tolls, which have hampered the flow of goods to the islands.", "It has hampered the flow of goods to the islands.")]
    [InlineData("High rents in the old town lead to a steady loss of small shops.", "It leads to a steady loss of small shops.")]
    public void Extract_GivesABareResultItsCueBack_AsItsVerb(string sentence, string claim)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Equal(claim, explanation.Claim);
    }

    [Theory]
    [InlineData("The flood caused damage that closed the port for a week.")]
    [InlineData("The strike led to prices that have doubled since spring.")]
    public void Extract_KeepsAResultThatSaysSomething_AsItIs(string sentence)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.DoesNotContain("It ", explanation.Claim, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnswersWhySomethingWasNotDone_WithWhatItWouldHaveCaused()
    {
        const string article = "Vella Keeps Its Toll\n\nBy Tom Rusk\n\n"
            + "The port of Vella has kept its ferry toll for a fifth year. "
            + "Short of money, the harbour council did not cut the toll, which would almost certainly have resulted in a strike by the dock workers.\n\n"
            + "The harbour master hopes the dispute ends before the summer.";

        var answer = DraftedArticle.Ask("vella.txt", article, "Why didn't the harbour council cut the toll?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("would almost certainly have resulted in a strike", answer.Text, StringComparison.Ordinal);
    }
}
