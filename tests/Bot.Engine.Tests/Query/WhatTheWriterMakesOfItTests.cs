using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Does the author buy that?" after an answer showing a claim the article reports: the writer's own view of it is
/// where the paragraph turns right after it; a paragraph that never turns leaves it to the other readings.
/// </summary>
public sealed class WhatTheWriterMakesOfItTests
{
    private const string Text = """
        Dry Taps in Velmora

          • By Ines Calloway

        The Velmora water board blames the summer drought for the shortages. Officials repeated the claim at every council meeting. But the reservoirs stayed half full all summer, and the leaking mains lose a third of the supply.

        The board also says the new meters will cut waste. The meters are fitted in every district. Households read them once a month.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("dry-taps.txt", Text, questions);

    [Theory]
    [InlineData("Does the author buy that explanation?")]
    [InlineData("did the author buy that")]
    [InlineData("Is the writer convinced by this?")]
    public void Ask_ShowsWhereTheParagraphTurns_WhenAskedWhetherTheWriterAcceptsWhatWasRead(string followUp)
    {
        var answer = Converse("What does the Velmora water board blame for the shortages?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("reservoirs stayed half full", answer.Text);
    }

    [Theory]
    [InlineData("Does the author buy that explanation?", "No.")]
    [InlineData("Does the author go along with that?", "No.")]
    [InlineData("Does the writer doubt that?", "Yes.")]
    public void Ask_AnswersYesOrNo_WhenTheWriterTurnsOnTheClaim(string followUp, string verdict)
    {
        var answer = Converse("What does the Velmora water board blame for the shortages?", followUp);

        Assert.StartsWith(verdict, answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenTheParagraphNeverTurns()
    {
        var answer = Converse("What does the board say about the new meters?", "Does the author buy that?");

        Assert.DoesNotContain("reservoirs stayed half full", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenAskedFirstInAChat()
    {
        var answer = Converse("Does the author buy that explanation?");

        Assert.DoesNotContain("reservoirs stayed half full", answer.Text);
    }

    private const string SummedUpText = """
        Cranes at Port Halden

          • By Ines Calloway

        The Halden port authority says the new cranes have doubled traffic. Ship owners repeat the figure in every brochure.

        All of this is wishful thinking, since the cranes stood idle for half the year.

        The authority also says the harbour fees will fall. The fees are set every spring.

        The harbour pilots went on strike in March.
        """;

    [Theory]
    [InlineData("Does the author go along with that claim?")]
    [InlineData("does the writer buy that")]
    public void Ask_ShowsTheNextParagraphsJudgement_WhenItOpensByPointingBack(string followUp)
    {
        var answer = DraftedArticle.Converse("cranes.txt", SummedUpText, "What does the Halden port authority say about the new cranes?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("wishful thinking", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOnToTheNextParagraph_WhenItOpensOnSomethingElse()
    {
        var answer = DraftedArticle.Converse("cranes.txt", SummedUpText, "What does the authority say about the harbour fees?", "Does the author buy that?");

        Assert.DoesNotContain("pilots went on strike", answer.Text);
    }
}
