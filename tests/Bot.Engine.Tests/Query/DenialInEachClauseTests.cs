using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Certainly not a copy of the old peace deal, which did not achieve a lasting truce": each clause denies a part of the
/// claim, and the second denial does not undo the first. Asked with a verb no article uses ("bring about"), so the
/// denials alone decide the answer.
/// </summary>
public sealed class DenialInEachClauseTests
{
    private const string Article = """
        Talks on the Tarn Valley

        By Ada Quill | March 4, 2021

        Envoys from Ruritania and Borduria met in Kessberg to end the fighting in the Tarn valley.

        Certainly not a copy of the old peace deal, which did not achieve a lasting truce in 2014 and did not stop the shelling of Tarn.
        """;

    [Theory]
    [InlineData("Did the old peace deal bring about a lasting truce?", "No")]
    [InlineData("Did the old peace deal achieve a lasting truce?", "No")]
    public void Ask_AnswersNo_WhenEachClauseDeniesAPartOfTheClaim(string question, string start)
    {
        var answer = DraftedArticle.Ask("tarn.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
