using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What is he facing now?" of "New charges were brought against X. They now face up to ten years.": what befalls a
/// person is told in a sentence going on from the one naming them, on an article drafted at load.
/// </summary>
public sealed class WhatBefallsTests
{
    /// <summary>An article telling of a jailed man through his wife, and what he faces in a sentence after the one naming him.</summary>
    internal const string Text = """
        Port Alder Waits

          • By Ana Pereira

        Marta Lind, a teacher, joins the protest every evening. Her husband, Tomas Lind, is one of four union leaders jailed after refusing to testify before a harbour inquiry.

        Prosecutors have since brought new charges against the four union leaders, including Tomas Lind. They now face up to ten years for alleged sabotage.

        The harbour council says the inquiry will go on.
        """;

    [Fact]
    public void Ask_AnswersFromTheSentenceGoingOnFromTheName_WhenItSaysEveryWordAsked()
    {
        var answer = DraftedArticle.Converse("port-alder.txt", Text, "What is Tomas Lind facing now?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("up to ten years", answer.Text);
    }

    [Fact]
    public void Ask_AnswersWhatHeFaces_WhenHeIsTheSpouseJustNamed()
    {
        var answer = DraftedArticle.Converse("port-alder.txt", Text, "Who is Marta Lind married to?", "What is he facing now?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("up to ten years", answer.Text);
    }

    [Fact]
    public void Ask_SaysTheArticleDoesNotSay_WhenNoSentenceNearTheNameSaysTheWordsAsked()
    {
        var answer = DraftedArticle.Converse("port-alder.txt", Text, "What is Tomas Lind charged with by the harbour council?");

        Assert.DoesNotContain("up to ten years", answer.Text);
    }
}
