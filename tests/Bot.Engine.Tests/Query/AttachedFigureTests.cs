using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "there are only 500-600 active locomotives": a count set right before what it counts answers "how many locomotives
/// are working?", whose other words the sentence need not share, when it says more of the rest than any other such.
/// </summary>
public sealed class AttachedFigureTests
{
    private const string Text = """
        Rails Of Varnia

        By Ada Quill | Valley Review | March 4, 2021

        Varnia has long promised to rebuild its railways. Despite its lines totalling 9,000 km, there are only 500-600 active locomotives in Varnia and most date from the 1970s. The treaty with Oskland requires eighteen on-site inspections per year at the depots.

        The mayor of Kessberg said the city would not give in.
        """;

    [Theory]
    [InlineData("how many locomotives are working in Varnia?", "500-600 active locomotives")]
    [InlineData("how many locomotives still run in Varnia", "500-600 active locomotives")]
    public void Ask_FindsTheFigureBeforeTheThingCounted(string question, string expected)
    {
        var answer = DraftedArticle.Ask("varnia.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("how many depots does Varnia have?")]
    [InlineData("how many locomotives did the old plant build?")]
    public void Ask_StillRefuses_WhenNoFigureBeforeTheThingCountedSaysTheRest(string question)
    {
        var answer = DraftedArticle.Ask("varnia.txt", Text, question);

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }
}
