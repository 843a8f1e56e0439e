using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A sentence that names a body and a plan without taking a side ("debated the customs union") confirms neither
/// backing nor opposing it, and a vote against it answers "did they back it?" with a no.
/// </summary>
public sealed class NeutralPositionTests
{
    private const string Article = """
        Borduria Turns Away

        By Ada Quill | May 3, 2025

        The Bordurian parliament debated the customs union.

        The Syldavian senate voted against the border treaty.

        Representatives of the Syldavian embassy did not respond to requests for comment from the Harbour Gazette.
        """;

    [Theory]
    [InlineData("Did the parliament back the customs union?")]
    [InlineData("Does the Bordurian parliament support the customs union?")]
    [InlineData("Did the Syldavian senate back the border treaty?")]
    [InlineData("Did the senate vote for the border treaty?")]
    public void Ask_DoesNotConfirmABacking_TheSentenceDoesNotGive(string question)
    {
        var answer = DraftedArticle.Ask("away.txt", Article, question);

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }

    [Theory]
    [InlineData("Did the Syldavian senate oppose the border treaty?")]
    [InlineData("Did the senate reject the border treaty?")]
    public void Ask_ConfirmsAnOpposition_AVoteAgainstGives(string question)
    {
        var answer = DraftedArticle.Ask("away.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_ReadsBackBeforeAPrepositionAsAParticle()
    {
        var answer = DraftedArticle.Ask("away.txt", Article, "So the Syldavian embassy never got back to the Harbour Gazette?");

        Assert.True(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
