using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Did that strategy work?" after an answer: whether what was just read came off is told right after it in its
/// paragraph, where the article turns to what followed; a paragraph that never turns leaves it to the other readings.
/// </summary>
public sealed class WhatCameOfItTests
{
    private const string Text = """
        Levy Fight in Port Alder

          • By Kim Sorel

        In March the Greenwick council tripled the mooring levy to pay for a new breakwater. Several captains signed a petition at the town hall. But the higher levy drove most trawlers to rival harbours, forcing the council to cut it again in May.

        In June the council banned night fishing near the estuary. The ban covers the whole of the bay. Inspectors patrol the quays every evening.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("levy-fight.txt", Text, questions);

    [Theory]
    [InlineData("Did that strategy work?")]
    [InlineData("did it scare ppl off")]
    public void Ask_ShowsTheSentenceTellingWhatCameOfIt_WhenAYesOrNoAsksWhetherWhatWasReadWorked(string followUp)
    {
        var answer = Converse("What did the Greenwick council do to the mooring levy in March?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("drove most trawlers", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenTheParagraphNeverTurnsToWhatCameOfIt()
    {
        var answer = Converse("What did the council ban in June?", "Did that work?");

        Assert.DoesNotContain("drove most trawlers", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenTheYesOrNoNamesSomeone()
    {
        var answer = Converse("What did the Greenwick council do to the mooring levy in March?", "Did Kim Sorel help with that?");

        Assert.DoesNotContain("drove most trawlers", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenAskedFirstInAChat()
    {
        var answer = Converse("Did that strategy work?");

        Assert.DoesNotContain("drove most trawlers", answer.Text);
    }
}
