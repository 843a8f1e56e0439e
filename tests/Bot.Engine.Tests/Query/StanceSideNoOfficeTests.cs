using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "pro-European people": the side a question gives people says who is meant and asks for no
/// office, so an answer resting on someone of another role still answers.
/// </summary>
public sealed class StanceSideNoOfficeTests
{
    private const string Text = """
        Doubts Grow In Lorvik

        By Ada Quill | Valley Review | March 4, 2021

        The belief that the Lorvik council is acting in Brenmark's interest is widespread among pro-European voters here.

        They point to the ruling party's founder, Ivo Sand, who made his fortune in Brenmark; a new law copying Brenmark's rules on charities; the council's refusal to join sanctions on Brenmark.

        Fishing boats still leave the harbour at dawn, though fewer each year.
        """;

    [Fact]
    public void Why_AnswersWithTheReasons_WhenTheQuestionGivesThePeopleASide()
    {
        var answer = DraftedArticle.Ask("doubts.txt", Text, "Why do the pro-European people think the council works for Brenmark?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Ivo Sand", answer.Text);
    }
}
