using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who is X married to?" of an article that says only "her husband, Y": marriage is told by the spouse's word, so the
/// question is no attribute the article lacks, on an article drafted at load.
/// </summary>
public sealed class SpouseSynonymTests
{
    [Theory]
    [InlineData("Who is Marta Lind married to?")]
    [InlineData("who did marta lind marry")]
    public void Ask_AnswersWithTheSpouse_WhenTheArticleSaysHusbandOrWife(string question)
    {
        var answer = DraftedArticle.Converse("port-alder.txt", WhatBefallsTests.Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Tomas Lind", answer.Text);
    }
}
