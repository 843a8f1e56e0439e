using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>A why answer gives every reason in the article's order, whichever of them the question's words point at.</summary>
public sealed class ReasonOrderTests
{
    [Theory]
    [InlineData("why did greenwick refuse the dredging plan?")]
    [InlineData("why did greenwick refuse the plan, was it the rivalry with port alder?")]
    public void Why_ListsEveryReasonInTheArticlesOrder_WhenAllFit(string question)
    {
        using var harbour = HarbourArticle.Folder();
        var engine = new QueryEngine(SeedLoader.Load(harbour.Path));

        var text = engine.Ask(new Question("c", question)).Text;

        var oysters = text.IndexOf("(1) Its fishing industry depends on the oyster beds.", StringComparison.Ordinal);
        var rivalry = text.IndexOf("(2) It has an old rivalry with Port Alder.", StringComparison.Ordinal);
        Assert.True(oysters >= 0 && rivalry > oysters, text);
    }
}
