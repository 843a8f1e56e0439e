using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How many projects does that cover?" after an answer about a sum: the count is in the sentence after the one
/// shown, not in the one that only names the projects, on an article drafted at load.
/// </summary>
public sealed class CountedFollowUpTests
{
    private const string Text = """
        Harbour Fund Grows at Port Alder

          • By Ana Pereira

        The Harbour Council announced the allocation of €40 million for the renewal of this ageing ferry project. Within this large sum, 12 quay projects, with a stress on ferry berths, are set aside for funding. The work starts in spring.

        Fishermen in Port Alder doubt the quays will be ready before the summer.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("harbour-fund.txt", Text, questions);

    [Theory]
    [InlineData("And how many projects does that cover?")]
    [InlineData("how many projects does that pay for")]
    public void Ask_CountsFromTheSentenceAfterTheOneShown_WhenTheOneShownOnlyNamesWhatIsCounted(string followUp)
    {
        var answer = Converse("How much is the Harbour Council spending on the ferry project?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("12 quay projects", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotCountFromTheParagraph_WhenNoSentenceThereCountsWhatIsAsked()
    {
        var answer = Converse("How much is the Harbour Council spending on the ferry project?", "And how many ferries does that cover?");

        Assert.DoesNotContain("12 quay projects", answer.Text);
    }
}
