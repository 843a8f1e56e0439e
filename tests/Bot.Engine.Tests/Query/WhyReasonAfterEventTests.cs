using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A why question in its own words names only the event a sentence reports before its reason ("X did Y so that Z"):
/// the sentence answers with a third of the question's words when they stand before the reason cue, and a question
/// sharing only a word or two of the article elsewhere is still not explained.
/// </summary>
public sealed class WhyReasonAfterEventTests
{
    private const string Text = """
        Old Gods Return To Lorvik

        By Ada Quill | Valley Review | March 4, 2021

        Lorvik has emptied since the mill closed, and its young people leave for the coast.

        The council has covered the market square with murals of ancient river gods so that the young people of Lorvik see a reason to stay.

        The harbour master retired in May after forty years on the quays.

        Fishing boats still leave the harbour at dawn, though fewer each year.
        """;

    [Theory]
    [InlineData("Why is the council putting pictures of old river gods everywhere in Lorvik?")]
    [InlineData("why all those paintings of river gods on every wall of the market?")]
    public void Why_AnswersFromTheSentenceWhoseEventPartSaysTheQuestion(string question)
    {
        var answer = DraftedArticle.Ask("murals.txt", Text, question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("murals of ancient river gods", answer.Text);
    }

    [Fact]
    public void Why_StaysUnexplained_WhenTheEventPartSharesOneWordOnly()
    {
        var answer = DraftedArticle.Ask("murals.txt", Text, "why did the council paint the harbour quays and the fishing boats blue?");
        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
