using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims that open on a person but do not ask who the person is: "was it X who did Y?" asks who did Y, and "was X
/// previously thought to ...?" what was thought of X. Neither is answered "no" from the person's role alone.
/// </summary>
public sealed class IdentityNotAskedTests
{
    private const string Article = """
        Harbour Permits

        By Ada Quill | March 4, 2021

        In early May the town of Vantoria got a one-year fishing permit from Borduran President Ivo Tarn for the Kessel harbour.

        Ada Brell, once head of the Lakeside Institute, who previously was believed to favour open trade with the coast, now calls the hill towns Vantoria's best customers.
        """;

    [Theory]
    [InlineData("Was it Ivo Tarn who granted Vantoria the Kessel fishing permit?")]
    [InlineData("Was Ada Brell previously thought to favour open trade with the coast?")]
    public void Ask_DoesNotAnswerNoFromTheRole_WhenTheClaimIsNotWhoThePersonIs(string question)
    {
        var answer = DraftedArticle.Ask("waivers.txt", Article, question);

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
