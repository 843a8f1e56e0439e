using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>A claim putting something inside a whole is said by a sentence calling it part of that same whole.</summary>
public sealed class InsidePartOfClaimTests
{
    private const string Article = """
        An Old Border

        By Ada Quill | March 4, 2021

        When the war began, Norway had only been independent for 21 years, having spent most of the 19th century as part of the Danish empire, and the 600 years before that as part of Sweden.

        Troops stayed inside the capital all winter.
        """;

    [Fact]
    public void Ask_Confirms_WhenTheSentenceCallsItPartOfTheSameWhole()
    {
        var answer = DraftedArticle.Ask("border.txt", Article, "Is it correct that Norway spent most of the 19th century inside the Danish empire?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotConfirm_WhenTheWholeIsAnother()
    {
        var answer = DraftedArticle.Ask("border.txt", Article, "Is it correct that Norway spent most of the 19th century inside the Roman empire?");

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
