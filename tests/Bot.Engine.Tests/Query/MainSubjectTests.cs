using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// An article about one body speaks of it in most sentences without naming it: a question naming that body is answered
/// from a sentence that does not, but a question naming another body is not.
/// </summary>
public sealed class MainSubjectTests
{
    private const string Article = "Rails Under Strain\n\nBy Ada Quill | March 4, 2021\n\n"
        + "The Northern Rail Authority (NRA) is running out of money. The NRA's chief, Ivo Brandt, blames the Harbour Board for the slump.\n\n"
        + "The NRA owns the region's largest depots, yet it suffered a winter of breakdowns. The NRA cut its timetable in May.\n\n"
        + "Old engines have taken to burning cheap lignite, hugely worsening the smog over the stations.\n\n"
        + "The ticket rules remain on the books, but the inspectors who used to enforce them have vanished.\n\n"
        + "The NRA's revenue fell by a third last year. The NRA plans to sell two depots.\n";

    private static Bot.Engine.Query.Answer Ask(string question) => DraftedArticle.Ask("strain.txt", Article, question);

    [Theory]
    [InlineData("why is the smog over the NRA stations getting worse?", "burning cheap lignite")]
    [InlineData("are the NRA inspectors still out enforcing the ticket rules?", "have vanished")]
    public void Ask_AnswersFromASentenceThatDoesNotNameIt_WhenTheQuestionNamesOnlyTheArticlesSubject(string question, string expected)
    {
        var answer = Ask(question);

        Assert.Equal(Bot.Engine.Query.AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why is the smog over the Harbour Board getting worse?")]
    [InlineData("are the Harbour Board inspectors still out enforcing the ticket rules?")]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheQuestionNamesAnotherBodyThanTheArticlesSubject(string question) =>
        Assert.Equal(Bot.Engine.Query.AnswerStatus.Unknown, Ask(question).Status);

    [Fact]
    public void Ask_StartsWithNo_WhenTheArticlesSubjectNoLongerDoesWhatTheClaimSays() =>
        Assert.StartsWith("No", Ask("are the NRA inspectors still out enforcing the ticket rules?").Text, StringComparison.Ordinal);
}
