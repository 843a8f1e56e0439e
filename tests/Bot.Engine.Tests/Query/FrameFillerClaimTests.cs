using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim saying what something is made of or rests on ("made up of dockers", "built on leaked files") is a no where
/// the article tells the same of it with other things in that place ("a crowd of about 90 farmers", "based on registers").
/// </summary>
public sealed class FrameFillerClaimTests
{
    private const string Article = """
        Protest At The Harbour Gate

        By Ada Quill | March 4, 2021

        On Tuesday the police were held back by a crowd of about 90 farmers and teachers outside the harbour gate in Velmora.

        The survey, titled "Quiet Waters," is based on the census office's registers, as well as port records.

        Smugglers still fear the leaked customs files that reached the press last year. Dockers at the port went on strike in May.
        """;

    [Theory]
    [InlineData("Was the crowd made up of dockers?", "farmers and teachers")]
    [InlineData("The survey was based on leaked customs files, correct?", "census office")]
    public void Ask_AnswersNo_WhenTheArticleFillsTheFrameWithOtherThings(string question, string expected)
    {
        var answer = DraftedArticle.Ask("harbour-gate.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No. The article says", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was the crowd outside the harbour gate made up of farmers?")]
    [InlineData("The survey was based on port records, correct?")]
    public void Ask_DoesNotDeny_WhenTheArticleFillsTheFrameWithTheClaimsOwnThings(string question)
    {
        var answer = DraftedArticle.Ask("harbour-gate.txt", Article, question);

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Text);
    }
}
