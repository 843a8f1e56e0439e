using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// "The Harbour Board, a body set up in 1998, said ...": the aside's year dates the body's founding, asked with any
/// founding verb, and not what the sentence reports.
/// </summary>
public sealed class FoundingAsideTests
{
    [Theory]
    [InlineData("The Harbour Board, a body set up in 1998, said the dam had cut the flow by a third.")]
    [InlineData("The Harbour Board, founded in 1998, said the dam had cut the flow by a third.")]
    [InlineData("The Harbour Board, which was established in 1998, said the dam had cut the flow by a third.")]
    public void Extract_DatesTheFounding_NotTheStatement(string sentence)
    {
        var model = Drafts.Of(sentence);

        var founding = Assert.Single(model.Events);
        Assert.Equal(1998, founding.Date.Year);
        Assert.DoesNotContain("dam", founding.Summary, StringComparison.Ordinal);
        Assert.Contains("founded", founding.Keywords);
        Assert.All(model.Statements, s => Assert.Null(s.Date));
    }

    [Fact]
    public void Extract_DatesTheStatement_ByItsOwnDate_NotTheAsides()
    {
        var model = Drafts.Of("Jo Roe, who was elected in 2019, said on March 3, 2024 that the dam was unsafe.");

        Assert.Equal(2024, Assert.Single(model.Statements).Date!.Year);
    }

    private const string Article = """
        Dam Dispute Deepens

        By Ada Quill | March 4, 2024

        The Harbour Board, a body set up in 1998, said the dam had cut the river's flow by a third.

        Farmers have protested for weeks.
        """;

    [Theory]
    [InlineData("when was the Harbour Board set up?")]
    [InlineData("when was the Harbour Board founded?")]
    [InlineData("when was the Harbour Board created?")]
    [InlineData("when was the Harbour Board established?")]
    public void Ask_GivesTheFoundingYear_InAnyFoundingVerb(string question)
    {
        var answer = DraftedArticle.Ask("dam.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("1998", answer.Text, StringComparison.Ordinal);
    }
}
