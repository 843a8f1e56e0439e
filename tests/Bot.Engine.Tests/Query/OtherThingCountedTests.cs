using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims whose figure the article gives of another thing ("19 tanks" where it says "19 armoured personnel-carriers"):
/// the same number counting something else gainsays the claim, while the same number of the same thing, or of a
/// synonym of it, bears it out.
/// </summary>
public sealed class OtherThingCountedTests
{
    private const string Article = """
        Harbour Defences

        By Ada Quill | March 4, 2021

        Ruritania's coast guard has only three working boats, and its harbour is barely defended.

        Last June the country joined a regional defence pact, and its neighbours have now promised €40m in aid for radars and patrols; Borduria is supplying 12 armoured patrol-cars.
        """;

    [Theory]
    [InlineData("Is Borduria supplying 12 tanks?", "No")]
    [InlineData("Is Borduria sending Ruritania 12 tanks?", "No")]
    [InlineData("Borduria is giving Ruritania 12 boats, correct?", "No")]
    [InlineData("Is Borduria supplying 12 armoured patrol-cars?", "Yes")]
    public void Ask_GainsaysTheClaim_WhenItsFigureCountsAnotherThing(string question, string opening)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(opening, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
