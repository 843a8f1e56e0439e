using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Where in Portugal ...?" asks for a place inside the one it names: a sentence saying only "in Portugal" does not
/// tell it, one naming a town there does. On an article drafted at load, where the countries are known states.
/// </summary>
public sealed class PlaceWithinTests
{
    private const string Text = """
        Balloons Over the Border

        By Ada Quill | Coast Weekly | May 2, 2022

        On Monday a Spanish weather balloon drifted over French farmland on its way to a field in Portugal.

        On Tuesday a second Spanish balloon came down on a grain depot in Kessberg, a Portuguese port.

        Spain plans new weather stations in Portugal and a shared data centre.
        """;

    [Theory]
    [InlineData("where in portugal did monday's spanish balloon end up landing")]
    [InlineData("Where inside Portugal are the new weather stations going to be?")]
    public void WhereIn_IsUnknown_WhenTheSentenceNamesOnlyThePlaceAsked(string question)
    {
        var answer = DraftedArticle.Ask("balloons.txt", Text, question);
        Assert.True(answer.Status == AnswerStatus.Unknown, answer.Text);
    }

    [Theory]
    [InlineData("where in portugal did the second spanish balloon come down", "Kessberg")]
    [InlineData("where did monday's spanish balloon drift over", "French")]
    public void WhereIn_NamesThePlace_WhenTheSentenceGivesOne(string question, string expected)
    {
        var answer = DraftedArticle.Ask("balloons.txt", Text, question);
        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text);
    }
}
