using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A yes/no claim whose point is a figure, put in other words than the article's ("send in half a million troops" of
/// "an invasion force of two hundred thousand professional soldiers"): a sentence giving another figure of the same
/// thing, counted in a synonym, gainsays it, on an article drafted at load.
/// </summary>
public sealed class FigureGainsaidTests
{
    private const string Text =
        "Velmoria's short war\nBy Ada Quill\n\n"
        + "When General Orlan Vesk ordered the invasion of Brenmark, he expected a short campaign. "
        + "Instead of a mobilization, he believed an invasion force of approximately two hundred thousand professional soldiers would be more than enough.\n\n"
        + "Brenmark handed over 10% of its territory after the war. "
        + "Today patrol boats make up 19% of the regional coast-guard fleet, according to the ministry.\n\n"
        + "Ostland is supplying 19 armoured personnel-carriers to Brenmark.\n";

    [Theory]
    [InlineData("Did Vesk send in about half a million troops at the start of the invasion?", "No")]
    [InlineData("did brenmark lose like a quarter of its land after the war", "No")]
    [InlineData("Do patrol boats make up about a third of the region's coast-guard boats?", "No")]
    [InlineData("Did Brenmark hand over 10% of its territory?", "Yes")]
    public void Ask_GainsaysTheFigureWithTheSentenceGivingAnotherOfTheSameThing(string question, string verdict)
    {
        var answer = DraftedArticle.Ask("velmoria.txt", Text, question);

        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is Ostland sending Brenmark 19 tanks?")]
    [InlineData("Did Vesk plan the campaign for one year?")]
    public void Ask_DoesNotConfirmAFigureOfAnotherThing(string question)
    {
        var answer = DraftedArticle.Ask("velmoria.txt", Text, question);

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
