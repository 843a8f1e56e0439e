using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// An explanation with more reasons than one answer holds gives those it keeps in the article's order, the ones the
/// question points at among them, and leaves the rest for "more".
/// </summary>
public sealed class WhyReasonsInOrderTests : IDisposable
{
    private const string Article = """
        Brenmark Keeps Its Tolls

        By Ada Quill | March 4, 2021

        Brenmark kept its river tolls for four reasons.

        First, the council fears that the old stone quays along the whole of the eastern bank will crumble into the river within a decade unless the tolls keep paying for their repair.

        Second, the fishermen of the lower harbour have said for years that the tolls are the only fair way to share the cost of dredging the channel that every boat uses.

        Third, the regional bank that lent money for the new lock gates expects the tolls to repay the loan, and the council does not want to break its word to the lenders.

        Fourth, the mayor believes that a town without tolls would attract heavy barges whose wakes would wash away the reed beds where the herons nest each spring.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "Brenmark keeps its tolls."
          quote: "Brenmark kept its river tolls"
        actors:
          - id: brenmark
            name: Brenmark
            kind: state
            role: "A river town."
            quote: "Brenmark kept its river tolls"
        explanations:
          - id: why-tolls-kept
            claim: "Brenmark kept its river tolls."
            about: [brenmark]
            quote: "Brenmark kept its river tolls for four reasons."
            reasons:
              - text: "The council fears that the old stone quays along the whole of the eastern bank will crumble into the river within a decade unless the tolls keep paying for their repair."
                quote: "the council fears that the old stone quays"
              - text: "The fishermen of the lower harbour have said for years that the tolls are the only fair way to share the cost of dredging the channel that every boat uses."
                quote: "the fishermen of the lower harbour"
              - text: "The regional bank that lent money for the new lock gates expects the tolls to repay the loan, and the council does not want to break its word to the lenders."
                quote: "the regional bank that lent money"
              - text: "The mayor believes that a town without tolls would attract heavy barges whose wakes would wash away the reed beds where the herons nest each spring."
                quote: "the mayor believes that a town without tolls"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("tolls.txt", Article).With("tolls.model.yaml", Model);

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Why did Brenmark keep its tolls?", new[] { "(1)", "(2)", "(3)" })]
    [InlineData("Why did Brenmark keep its tolls, given the herons and reed beds?", new[] { "(1)", "(2)", "(4)" })]
    public void Why_GivesTheReasonsItKeepsInTheArticlesOrder_WhenNotAllOfThemFit(string question, string[] shown)
    {
        var answer = new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("c", question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        var positions = shown.Select(number => answer.Text.IndexOf(number, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, answer.Text));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("\"more\" for the other 1", answer.Text, StringComparison.Ordinal);
    }
}
