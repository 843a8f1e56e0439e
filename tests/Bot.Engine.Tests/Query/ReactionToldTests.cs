using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"How did X react?": a sentence where X's minister denies what was announced tells it, though X is not named first.</summary>
public sealed class ReactionToldTests
{
    private const string Article = """
        Strait Notes

        By Ada Quill | March 4, 2021

        Admiral Tom Vale, head of the Northland navy, announced on June 2 that Northland was in talks with Southland about sending ships to the strait.

        Even though Northland officials were hopeful that Southland would agree, Southland's Foreign Minister Kai Brandt swiftly denied Vale's statement, telling reporters that "Southland is not sending ships."

        The strait is busy in summer, and Southland has long traded with Vale's home port.

        On July 14, Northland's ambassador to Southland, Ivo Kern, stated that the strait should stay open.
        """;

    [Theory]
    [InlineData("How did Southland respond to Vale's announcement?")]
    [InlineData("What did Admiral Vale announce?", "How did Southland react?")]
    [InlineData("What did Admiral Vale announce?", "Southland's response?")]
    public void Ask_GivesTheDenial_WhenTheRespondersMinisterDeniesWhatWasAnnounced(params string[] questions)
    {
        var answer = DraftedArticle.Converse("strait-notes.txt", Article, questions);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("swiftly denied", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How did Southland react to Kern's remarks?")]
    [InlineData("Who is Ivo Kern?", "How did Southland's government react to his remarks?")]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheResponderIsOnlyNamedBesideAnotherWhoSpeaks(params string[] questions) =>
        Assert.Equal(AnswerStatus.Unknown, DraftedArticle.Converse("strait-notes.txt", Article, questions).Status);
}
