using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A person's stance on something, when nothing the person says repeats the question's other words: what the person
/// said that names it answers, rather than another's words that repeat the question's (a quotation the other
/// introduces in words of their own is theirs, not the quotation before it going on).
/// </summary>
public sealed class OwnWordsStanceTests
{
    private const string Article = """
        Moldova's Quiet Summer

        By Ada Quill | March 4, 2021

        Protesters have filled the streets of Moldova's capital for a month.

        Neighbours are wary of getting involved. "We will be very, very careful not to tell Moldova what to do," said Mrs Holm, Poland's chancellor. Ivo Brand, Latvia's envoy, went so far as to declare that "Moldova is not Europe."

        The harbour of Lorvik reopened in May.
        """;

    [Theory]
    [InlineData("What was Holm's stance on whether Europe should get involved in Moldova?", "very, very careful")]
    [InlineData("Holm's position on the protests in Moldova?", "very, very careful")]
    public void Ask_GivesThePersonsOwnWordsOnWhatIsNamed_WhenNoneSayTheQuestionsOtherWords(string question, string expected)
    {
        var answer = DraftedArticle.Ask("quiet-summer.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SaysTheArticleDoesNotSay_WhenThePersonSaidNothingOfWhatIsNamed()
    {
        var answer = DraftedArticle.Ask("quiet-summer.txt", Article, "What is Holm's view of the Lorvik harbour?");

        Assert.DoesNotContain("very, very careful", answer.Text, StringComparison.Ordinal);
    }
}
