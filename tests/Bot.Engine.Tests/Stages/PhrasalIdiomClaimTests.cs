using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "did the minister step in?", "did they call off the strike?": a claim made with a phrasal verb is checked as the plain
/// verb it means, so the article's "declined to intervene" or "would continue" answers it, instead of the verb's first
/// word being a word the article lacks, or the claim being confirmed by a sentence that says the opposite.
/// </summary>
public sealed class PhrasalIdiomClaimTests
{
    private const string Text = """
        Ferry Strike Leaves Islands Cut Off

        By Mara Olsen | Northern Ledger | October 12, 2025

        Ferry crews on the Varne islands walked off the job on October 9, halting all sailings to the mainland.

        The crews' union said the strike would continue until the operator restored the overtime rates it cut in June.

        Transport Minister Helga Ruud declined to intervene, saying the dispute was a matter for the company and the union.

        The organisers of the harbour festival cancelled the opening parade.
        """;

    [Theory]
    [InlineData("did the minister step in?", "No")]
    [InlineData("Did Helga Ruud step in to end the dispute?", "No")]
    [InlineData("did the union call off the strike?", "No")]
    [InlineData("did the organisers call off the parade?", "Yes")]
    [InlineData("Was the opening parade called off?", "Yes")]
    public void Ask_ChecksAPhrasalVerb_AsThePlainVerbItMeans(string question, string opening)
    {
        var answer = DraftedArticle.Ask("ferry.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(opening, answer.Text);
    }
}
