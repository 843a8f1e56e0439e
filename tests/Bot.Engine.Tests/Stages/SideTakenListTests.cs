using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Which governments came out against the canal?" reads as a list of actors of a kind, yet asks who takes a side: on an
/// article without an annotation, the sentence saying who condemned or backed what is named answers it, though it calls
/// what was named earlier in its paragraph only "the project".
/// </summary>
public sealed class SideTakenListTests
{
    private const string Article = """
        A Canal Through the Hills

        By Ada Quill | March 4, 2021

        The Vornic canal will link the port of Hale to the inland lakes, passing through Brenmark. It will carry grain, timber, ore and coal, its builders say. Both Norway and Finland have condemned the project as a land grab. The Hale Farmers Union has welcomed the project, hoping for lower freight costs.
        """;

    [Theory]
    [InlineData("Which governments have come out against the Vornic canal project?", "Norway and Finland")]
    [InlineData("Which governments are against the Vornic canal project?", "Norway and Finland")]
    [InlineData("Which groups have welcomed the Vornic canal project?", "Hale Farmers Union")]
    public void Ask_GivesTheSentenceTakingTheSide_WhenAListOfActorsAsksWhoOpposesOrBacks(string question, string expected)
    {
        var answer = DraftedArticle.Ask("hill-canal.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
