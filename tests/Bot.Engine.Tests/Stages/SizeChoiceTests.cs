using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "which is bigger, A or B?": a choice by size between two things asks how they compare, and is answered with the
/// figure of each side, each from the sentence giving it, not with the one sentence found for the whole question.
/// </summary>
public sealed class SizeChoiceTests
{
    private const string Text = """
        Money For The Coast

        By Ada Quill | Coast Weekly | May 2, 2022

        The Harbour League pledged €40 million in repair aid this year at its spring meeting in Kessberg, the league's chair said.

        The fishing fleet has shrunk for a decade. Younger crews have left for the cities, and the cannery closed in 2019.

        The Northern Bank has agreed to lend €95 million to the port of Dunholm over two years.
        """;

    [Theory]
    [InlineData("which is bigger, the fund or the loan?", "Compare")]
    [InlineData("which is more big the league aid or the bank loan", "Compare")]
    [InlineData("what is larger, the league fund or the bank loan", "Compare")]
    public void Recognize_ReadsACompare_WhenAQuestionChoosesBySizeBetweenTwo(string words, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words).ToString());

    [Theory]
    [InlineData("which is bigger")]
    [InlineData("which port got more money")]
    [InlineData("what did the league lose more of, ships or crews")]
    public void Recognize_ReadsNoCompare_WhenNoTwoThingsAreSetAsAChoice(string words) =>
        Assert.NotEqual("Compare", IntentRecognizer.Recognize(words).ToString());

    [Theory]
    [InlineData("Which is bigger, the Harbour League repair aid or the Northern Bank loan?")]
    [InlineData("Which is more big, the League's repair aid or the Northern Bank's loan?")]
    public void Ask_GivesTheFigureOfEachSide_WhenAQuestionChoosesBySize(string question)
    {
        var answer = DraftedArticle.Ask("coast.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("€40 million", answer.Text);
        Assert.Contains("€95 million", answer.Text);
    }
}
