using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who owns the rest of the port?" then "and Borduria's position on its own holdings there?": what the article at large
/// does not answer in the question's words is told in the paragraph being read, around the sentence just shown.
/// </summary>
public sealed class ParagraphReadFollowUpTests
{
    private const string Text = """
        Ports Change Hands

          • By Ana Pell

        Fishermen in Port Alder say the trade hurts them. Borduria's government says it will act on the quotas next year.

        Shipping firms are exploring buying the share Tarvel Lines is leaving, a 30 percent stake in the Port Alder terminal, which is half owned by the state firm Harbour Holdings. Sanctions keep the firm from new loans. Borduria has so far kept its stakes in the terminal companies, fearing that selling them would hurt its own fuel supply.

        The quarrel over the quotas goes on. Ruritania says the talks will resume in spring.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("ports.txt", Text, questions);

    [Theory]
    [InlineData("And Borduria's position on its own holdings there?")]
    [InlineData("what about borduria's holdings?")]
    public void Ask_GivesTheSentenceOfTheParagraphRead_WhenTheArticleAtLargeHoldsNoAnswer(string followUp)
    {
        var answer = Converse("Who owns half of the Port Alder terminal?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("kept its stakes", answer.Text);
    }

    [Theory]
    [InlineData("How many warships does Ruritania have?")]
    public void Ask_DoesNotAnswerFromTheParagraphRead_WhenNoSentenceThereHoldsWhatIsAsked(string followUp)
    {
        var answer = Converse("Who owns half of the Port Alder terminal?", followUp);

        Assert.DoesNotContain("kept its stakes", answer.Text);
    }
}
