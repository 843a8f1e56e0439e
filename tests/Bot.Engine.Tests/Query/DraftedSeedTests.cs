using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>The shipped article with a machine draft in place of its curated annotation, as an unannotated article is answered.</summary>
public sealed class DraftedSeedTests
{
    private static readonly QueryEngine Engine = new(SeededEngine.Drafted());

    [Fact]
    public void Ask_AnswersWhyFromTheSentenceSayingIt_WhenTheDraftedExplanationsExplainSomethingElse()
    {
        var answer = Engine.Ask(new Question("w", "why has russia pushed the csto in an interventionist direction?"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("to bolster its international credibility", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SaysTheArticleDoesNotMentionAPlace_WhenAClaimPutsAPhotoSomewhereElse()
    {
        var answer = Engine.Ask(new Question("w", "Was the photo of Putin and Nazarbaev taken at a CSTO meeting in Minsk?"));

        Assert.StartsWith("No. The article doesn't mention Minsk.", answer.Text, StringComparison.Ordinal);
    }
}
