using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Did they say anything back?" of someone the article reports "did not respond to requests for comment": the article
/// answers it (no), on an article drafted at load.
/// </summary>
public sealed class NoCommentTests
{
    private const string Text = """
        Ferry Parts Reach Ruritania Through Port Alder

          • By Ana Pereira

        One of the top suppliers named in the report, Harbourline Trading Ltd., was a key intermediary in the shipment of ferry engines worth $4 million to Ruritania between 2021 and 2023, the Port Alder Ledger found. Harbourline is not sanctioned by any government.

        Harbourline did not respond to the Ledger's requests for comment.

        Fishermen in Port Alder say the ships leave at night.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("ferry-parts.txt", Text, questions);

    [Theory]
    [InlineData("did they say anything back to the reporters")]
    [InlineData("What did Harbourline say?")]
    public void Ask_GivesTheSentenceReportingNoComment_WhenAskedWhatSomeoneSaid(string followUp)
    {
        var answer = Converse("what is Harbourline Trading?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("did not respond", answer.Text);
    }

    [Fact]
    public void Ask_AnswersNo_WhenAskedWhetherSomeoneWhoDidNotRespondSaidAnything()
    {
        var answer = Converse("Did Harbourline say anything about the engines?");

        Assert.StartsWith("No", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotGiveTheNoComment_OfSomeoneElse()
    {
        var answer = Converse("What did the fishermen say?");

        Assert.DoesNotContain("did not respond", answer.Text);
    }
}
