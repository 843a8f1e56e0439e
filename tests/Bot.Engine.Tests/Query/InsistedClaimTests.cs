using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "X insisted Y, didn't he?" claims what X said, as "did X say Y?" does: the sentence giving X's words answers it, and
/// a "not" in those words denies the claim.
/// </summary>
public sealed class InsistedClaimTests
{
    private const string Article = """
        Harbour Talks

        By Ada Quill | March 4, 2021

        At the summit in Peru, Jo Marsh, the Ruritanian envoy, went so far as to declare that "Borduria is not a partner."

        Officials from both sides later met in Chile to discuss the harbour.
        """;

    [Theory]
    [InlineData("Jo Marsh insisted Borduria is a partner, didn't she?")]
    [InlineData("Did Jo Marsh assert that Borduria is a partner?")]
    public void Ask_SaysNo_WhenTheSpeakersWordsDenyWhatTheClaimSaysTheyInsisted(string question)
    {
        var answer = DraftedArticle.Ask("talks.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotSayNo_WhenTheClaimInsistsWhatTheSpeakerSaid()
    {
        var answer = DraftedArticle.Ask("talks.txt", Article, "Did Jo Marsh insist that Borduria is not a partner?");

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
