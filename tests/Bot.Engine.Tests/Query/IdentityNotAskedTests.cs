using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims that open on a person but do not ask who the person is: "was it X who did Y?" asks who did Y, and "was X
/// previously thought to ...?" what was thought of X. Neither is answered "no" from the person's role alone.
/// </summary>
public sealed class IdentityNotAskedTests
{
    private const string Article = """
        Port Waivers

        By Ada Quill | March 4, 2021

        On 30 October Vantoria received a 6-month sanctions waiver from Borduran President Ivo Tarn to operate the Kessel port.

        Ada Brell, former director of the Lakeside Institute, who previously was believed to hold more pro-Western positions on foreign policy, now sees Eastern states as Vantoria's key partners.
        """;

    [Theory]
    [InlineData("Was it Ivo Tarn who granted Vantoria the Kessel sanctions waiver?")]
    [InlineData("Was Ada Brell previously thought to hold pro-Western positions on foreign policy?")]
    public void Ask_DoesNotAnswerNoFromTheRole_WhenTheClaimIsNotWhoThePersonIs(string question)
    {
        var answer = DraftedArticle.Ask("waivers.txt", Article, question);

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
