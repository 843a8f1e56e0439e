using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How so?" after an answer asks the writer to go on: the sentence after the one just read, in its paragraph, is what
/// bears it out.
/// </summary>
public sealed class HowSoFollowUpTests
{
    private const string Text = """
        Levy Fight in Port Alder

          • By Kim Sorel

        In March the Greenwick council tripled the mooring levy to pay for a new breakwater. The higher levy backfired badly. Four of the six trawlers now land their catch in Halden instead.

        In June the council banned night fishing near the estuary.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("levy-backfired.txt", Text, questions);

    [Theory]
    [InlineData("how so?")]
    [InlineData("In what way?")]
    [InlineData("and how so")]
    [InlineData("like what?")]
    public void Ask_ShowsTheNextSentenceOfTheParagraph_WhenAskedToGoOn(string followUp)
    {
        var answer = Converse("Did the higher levy work?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Four of the six trawlers", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenTheParagraphEndsWithTheSentenceJustRead()
    {
        var answer = Converse("What did the council ban in June?", "how so?");

        Assert.DoesNotContain("Four of the six trawlers", answer.Text);
    }

    [Theory]
    [InlineData("how so", true)]
    [InlineData("in what ways", true)]
    [InlineData("how so many", false)]
    [InlineData("in what way did the levy change", false)]
    public void AsksToGoOn_TellsAQuestionOnlyAskingToHearMore(string question, bool asks) =>
        Assert.Equal(asks, ContextResolver.AsksToGoOn(Bot.Engine.Text.Tokenizer.Tokens(question)));
}
