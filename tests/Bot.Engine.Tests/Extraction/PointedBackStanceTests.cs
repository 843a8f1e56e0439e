using Bot.Engine.Extraction;
using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// "Lund has denied this": a stance whose object only points back is on what the sentence before says, and the view
/// reads with that sentence; an object of its own keeps its own topic.
/// </summary>
public sealed class PointedBackStanceTests
{
    private const string Before = "Critics at the Lumen Institute believe that Pia Lund wants to sell the harbour to a developer, which the council fears.";

    [Theory]
    [InlineData("Lund has denied this, and the council said on May 2 that the sale would be debated in June.")]
    [InlineData("Lund rejected the claim outright.")]
    [InlineData("Lund denies this, saying the harbour is not for sale.")]
    public void Extract_PutsTheStanceOnWhatTheSentenceBeforeSays(string denial)
    {
        var model = ArticleExtractor.Extract("s", "s.txt", $"Harbour Sale Row\n\nThe mayor, Pia Lund, took office in 2020. {Before} {denial}\n");

        var position = Assert.Single(model.Positions, p => model.NameOf(p.Actor) == "Pia Lund" && p.Stance == Stance.Opposes);
        Assert.Contains("harbour", TopicName(model, position), StringComparison.Ordinal);
        Assert.Equal($"{Before} {denial}", position.Statement);
    }

    [Theory]
    [InlineData("Lund rejected this year's budget for the port.")]
    [InlineData("Lund rejected the budget for the port, and the council welcomed this.")]
    [InlineData("Lund rejected the budget for the port and the council welcomed it.")]
    public void Extract_KeepsAnObjectOfItsOwn(string sentence)
    {
        var model = ArticleExtractor.Extract("s", "s.txt", $"Harbour Sale Row\n\nThe mayor, Pia Lund, took office in 2020. {Before} {sentence}\n");

        var position = Assert.Single(model.Positions, p => model.NameOf(p.Actor) == "Pia Lund" && p.Stance == Stance.Opposes);
        Assert.Contains("budget", TopicName(model, position), StringComparison.Ordinal);
        Assert.DoesNotContain(model.Positions, p => p.Statement.Contains(Before + " ", StringComparison.Ordinal));
    }

    private static string TopicName(ArticleModel model, Position position) => model.Topics.Single(t => t.Id == position.Topic).Name;
}
