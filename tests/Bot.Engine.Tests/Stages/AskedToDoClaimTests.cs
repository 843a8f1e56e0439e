using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "X asked Y to send ships" says Y was asked, not that Y sent them: a claim that Y sent them is not confirmed by it,
/// while a claim about the asking is.
/// </summary>
public sealed class AskedToDoClaimTests
{
    private const string Text = """
        Ferry Strike Leaves Islands Cut Off

        By Mara Olsen | Northern Ledger | October 12, 2025

        Ferry crews on the Varne islands walked off the job on October 9, halting all sailings to the mainland.

        Island residents said shops were already running short of fresh food. The local council asked the national government to send navy vessels to carry supplies.

        Analysts warned that a long strike could hurt the islands' tourism industry.
        """;

    [Theory]
    [InlineData("Did the government send navy ships?")]
    [InlineData("Did the national government send navy vessels to carry supplies?")]
    public void Ask_DoesNotConfirm_WhatSomeoneWasOnlyAskedToDo(string question)
    {
        var answer = DraftedArticle.Ask("ferry.txt", Text, question);

        Assert.DoesNotContain("Yes", answer.Text);
        Assert.Contains("asked the national government to send navy vessels", answer.Text);
    }

    [Theory]
    [InlineData("did the council ask the government to send navy vessels?")]
    [InlineData("Did the local council ask for navy vessels?")]
    public void Ask_Confirms_TheAskingItself(string question)
    {
        var answer = DraftedArticle.Ask("ferry.txt", Text, question);

        Assert.StartsWith("Yes", answer.Text);
    }
}
