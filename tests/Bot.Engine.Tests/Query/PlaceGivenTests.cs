using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Where" is answered by more than a place's name: a place told by where it lies ("a big southern port") and, of a
/// movement, where it goes or comes from ("to its enclave of Ostrava", "has come from smuggling"). A sentence that
/// gives no place at all still does not answer.
/// </summary>
public sealed class PlaceGivenTests
{
    private const string Article = """
        Ruritania Counts The Cost Of Drought

        By Ada Quill | March 4, 2021

        In Tarnow, a big southern port, the wells have already run dry.

        The Vardic railway, a planned route for Ruritania to its enclave of Ostrava, has become a demand in the talks with Borduria.

        In the past a large share of the council's revenue has come from smuggling tobacco, but the war has now shut that trade.

        The drought grant went to build new schools, President Vasko said.

        The farmers were angry about the price of water.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("drought-cost.txt", Article, questions);

    [Theory]
    [InlineData("Where is Tarnow?", "southern port")]
    [InlineData("Where did the council's revenue come from?", "smuggling tobacco")]
    public void Where_IsAnsweredByADescribedPlaceOrASource(string question, string contains)
    {
        var answer = Converse(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(contains, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void WhereTo_OfAThingJustNamed_IsAnsweredByItsDestination()
    {
        var answer = Converse("What is the Vardic railway?", "and where would it go to?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("enclave of Ostrava", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Where did the drought grant go?")]
    [InlineData("Where were the farmers angry?")]
    public void Where_IsNotAnsweredByASentenceGivingNoPlace(string question)
    {
        var answer = Converse(question);

        Assert.True(answer.Status == AnswerStatus.Unknown && answer.Text.StartsWith("The article doesn't say where.", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
