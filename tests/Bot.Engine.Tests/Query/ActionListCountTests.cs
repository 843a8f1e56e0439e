using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A list named by an action ("sending aircraft abroad: for repairs, upgrades and training") counts what the action is
/// for, so "how many aircraft?" is not answered with the number of its items; a list named by what it counts still is.
/// </summary>
public sealed class ActionListCountTests
{
    private const string Text = """
        Ruritania Deepens Its Air Ties

          • By Ana Pereira

        Part of the new aviation agreement includes sending Ruritanian aircraft to Borduria for maintenance, repairs, and technical support.

        The agreement rests on three pillars: joint training, shared spare parts and a common flight school.
        """;

    private static Answer Ask(string question) => DraftedArticle.Converse("ruritania-aircraft.txt", Text, question);

    [Fact]
    public void Ask_DoesNotCountTheItemsOfAnAction_AsWhatTheActionMoves()
    {
        var answer = Ask("How many Ruritanian aircraft were sent to Borduria?");

        Assert.DoesNotContain("Three", answer.Text);
    }

    [Fact]
    public void Ask_CountsTheItems_WhenTheListIsNamedByWhatItCounts()
    {
        var answer = Ask("How many pillars does the agreement rest on?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("three", answer.Text, StringComparison.OrdinalIgnoreCase);
    }
}
