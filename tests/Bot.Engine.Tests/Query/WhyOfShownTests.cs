using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "why?" after an answer that showed a sentence naming no one the article knows: the reason is that of the sentence just
/// read (its explanation, or what the article says right after it), not a question with nothing to point at.
/// </summary>
public sealed class WhyOfShownTests
{
    private const string Text = """
        Anglers March on the Kessberg Harbour Office

          • By Ana Pereira

        On May 3 a crowd of angry anglers marched on the harbour office in Kessberg, demanding the release of two fishermen.

        They seemed ready to break down its doors, but were held back by a line of about forty priests. "The guards are armed and nervous, and we need no more wounded," one of the priests told them.

        Minister Arlo Venn later ordered the two fishermen freed.
        """;

    [Theory]
    [InlineData("Who held back the anglers?", "why?", "guards are armed")]
    [InlineData("Who held back the anglers?", "y tho", "guards are armed")]
    [InlineData("Who held back the anglers?", "Why?", "forty priests")]
    public void Ask_GivesTheReasonOfTheSentenceShown_WhenABareWhyFollowsIt(string first, string followUp, string expected)
    {
        var answer = DraftedArticle.Converse("kessberg-anglers.txt", Text, first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }
}
