using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who met the cooperative?" then "what was reportedly on the agenda?": a word the article never uses, in a follow-up
/// that otherwise leans on the answer just read, names something that answer says; on an article drafted at load.
/// </summary>
public sealed class OwnWordsOfShownTests
{
    private const string Text = """
        Quay Dispute Flares in Port Alder

          • By Ana Pereira

        Mayor Ines Calder met the fishing cooperative on Tuesday, reportedly to discuss moving the ferry berths to the north quay. The cooperative has long opposed any change to its moorings.

        Shopkeepers near the old market fear that fewer visitors will pass their doors once the berths move.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("quay-dispute.txt", Text, questions);

    [Theory]
    [InlineData("What was reportedly on the agenda?")]
    [InlineData("what was on her wishlist")]
    [InlineData("So what did the cooperative get briefed about?")]
    public void Ask_AnswersFromTheSentenceJustRead_WhenTheOnlyWordsItLacksAreTheUsersOwn(string followUp)
    {
        var answer = Converse("Who met the fishing cooperative on Tuesday?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("moving the ferry berths", answer.Text);
    }
}
