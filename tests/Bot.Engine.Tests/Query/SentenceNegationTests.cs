using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims checked against a sentence of a drafted article: a negation in it denies only what it points at, in the
/// clause saying the claim, not a description beside it; a turn against what is usual denies it of now.
/// </summary>
public sealed class SentenceNegationTests : IDisposable
{
    private const string Article = """
        Valley Notes

        By Ada Quill | March 4, 2021

        Corvale, a town of fewer than 6,000 people with a 40km river front, never lost its old mill.

        The council did not repair the stone bridge in the spring.

        “Nobody, literally nobody, believes that the old dam is safe,” said Mayor Ivo Sand.

        Floods threaten Peru. The Lakeside Union has now promised the country new funds for its dams; Chile is supplying two cranes.

        The harbour board said it would not enforce the new fishing quotas. Rescuers could not reach the flooded granary.

        The lakes above Corvale are normally full of trout. Yet this spring only mud is left.

        Brenmark has historically been the larger trading partner, but Corvale merchants now set the prices.

        The Corvale ferry usually runs twice a day across the lake.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("valley-notes.txt", Article);

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Does the harbour board enforce the new fishing quotas?", "No")]
    [InlineData("The harbour board refuses to enforce the new fishing quotas, right?", "Yes")]
    [InlineData("Did rescuers reach the flooded granary?", "No")]
    [InlineData("So the harbour board ignores the new fishing quotas?", "Yes")]
    public void Ask_ReadsADeniedModalAsWhatIsNotDone_NotAsWhatMayYetHappen(string question, string start) => AssertOpens(question, start);

    /// <summary>A claim about now, of what is usual or long so: the article turning against it, here or in the next sentence, says no.</summary>
    [Theory]
    [InlineData("Are the lakes above Corvale still full of trout?", "No, no longer.", "only mud")]
    [InlineData("Is Brenmark still the larger trading partner?", "No, no longer.", "set the prices")]
    [InlineData("Are the lakes above Corvale normally full of trout?", "Yes", "trout")]
    [InlineData("Does the Corvale ferry still run twice a day across the lake?", "Yes", "twice a day")]
    public void Ask_AnswersNoForNow_WhenTheArticleTurnsAgainstWhatIsUsual(string question, string start, string shown) => AssertOpens(question, start, shown);

    [Theory]
    [InlineData("Does Corvale have a 40km river front?", "Yes")]
    [InlineData("Is Corvale a town of fewer than 6,000 people?", "Yes")]
    [InlineData("Did the council repair the stone bridge?", "No")]
    [InlineData("Has the Lakeside Union promised Peru new funds?", "Yes")]
    [InlineData("Mayor Ivo Sand said the old dam is safe, didn't he?", "No")]
    public void Ask_ReadsANegationWhereItPoints_WhenTheSentenceAlsoDescribesTheSubject(string question, string start) => AssertOpens(question, start);

    private void AssertOpens(string question, string start, string shown = "")
    {
        var answer = new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("negation", question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal) && answer.Text.Contains(shown, StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }
}
