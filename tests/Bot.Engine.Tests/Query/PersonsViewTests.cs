using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A question asking a person's view of something else it names, with no other word the article uses ("according to
/// Jo, what would Lorvik go after next time?"), is answered by the person's own sentence about it, not by who each is.
/// </summary>
public sealed class PersonsViewTests
{
    private const string Article = """
        Lorvik weighs its options

        By Ada Quill | March 4, 2021

        Lorvik's government, long wary of its neighbour, met Tamber's envoys in May to discuss the river.

        Mara Quist, a historian at the Lorvik academy, has written three books on the river. However, Mara Quist acknowledged that Tamber's help to the rebels remains an issue that some leaders have tried to address.

        Some in Lorvik's army think its response to the raids was too calibrated. Next time, says Olek Brann, a retired general and son of a former army chief, the bridges would be fair game.
        """;

    [Theory]
    [InlineData("According to Olek Brann, what would Lorvik go after next time?", "the bridges would be fair game")]
    public void Ask_GivesThePersonsOwnSentence_WhenAViewOfAnotherNameIsAsked(string question, string expected)
    {
        var answer = DraftedArticle.Ask("options.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Olek Brann and Lorvik?", "Olek Brann: \"Olek Brann, a retired general")]
    public void Ask_DescribesEach_WhenNoViewIsAsked(string question, string expected)
    {
        var answer = DraftedArticle.Ask("options.txt", Article, question);

        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }
}
