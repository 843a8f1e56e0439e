using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Was it X that stopped the ship?" of a passive sentence ("It was stopped again in May, this time by Y"): the one named
/// after "by" did it, so the claim is checked against them, on an article drafted at load. So is a name the article
/// never mentions.
/// </summary>
public sealed class CleftPassiveAgentTests
{
    private const string Text =
        "The tanker that would not stay put\nBy Ada Quill\n\n"
        + "Brenmark and Estonia both border the Narrow Strait. Estonia says the Osprey carries stolen oil, while Brenmark says the ship spies on its cables.\n\n"
        + "The Osprey, an old tanker, has sailed under four flags since 2020. "
        + "It was boarded again on May 3rd, this time by Estonia, days after Brenmark began investigating it.\n\n"
        + "Anna Berg, the head of Brenmark's navy, said the tanker was a floating listening post.\n";

    [Theory]
    [InlineData("Was it Brenmark that boarded the Osprey on May 3rd?", "No, it was Estonia.")]
    [InlineData("Was it Estonia that boarded the Osprey on May 3rd?", "Yes.")]
    public void Ask_ChecksTheClaimAgainstThePassiveSentencesAgent(string question, string opening)
    {
        var answer = DraftedArticle.Ask("osprey.txt", Text, question);

        Assert.StartsWith(opening, answer.Text, StringComparison.Ordinal);
        Assert.Contains("this time by Estonia", answer.Text, StringComparison.Ordinal);
    }

    /// <summary>A name the article never mentions, singled out by the claim, is checked against whoever did it.</summary>
    [Theory]
    [InlineData("Was it Sweden that boarded the Osprey on May 3rd?", "Estonia")]
    [InlineData("Was it Jonas Pettersen who called the tanker a floating listening post?", "Anna Berg")]
    public void Ask_AnswersWhoDidIt_OfANameTheArticleNeverMentions(string question, string doer)
    {
        var answer = DraftedArticle.Ask("osprey.txt", Text, question);

        Assert.StartsWith("No", answer.Text, StringComparison.Ordinal);
        Assert.Contains(doer, answer.Text, StringComparison.Ordinal);
    }

    /// <summary>"was it Jo Roe who boarded it?" where a state did: which of its people did it, the article does not say.</summary>
    [Fact]
    public void Ask_DoesNotSayWhichPerson_WhereAStateDidIt()
    {
        var answer = DraftedArticle.Ask("osprey.txt", Text, "Was it Jonas Pettersen who boarded the Osprey on May 3rd?");

        Assert.Equal(Bot.Engine.Query.AnswerStatus.Unknown, answer.Status);
        Assert.Contains("doesn't mention Jonas Pettersen", answer.Text, StringComparison.Ordinal);
    }
}
