using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What are the names of the four villages ...?" asks what they are called, however many the question says there are:
/// "four villages from the Alder province to Kessberg" names where they lay and where they went, not the villages.
/// A sentence that does name them answers.
/// </summary>
public sealed class NamesOfCountedThingsTests
{
    private const string Article = """
        Greenwick settles its border

        By Jo Bloggs

        Prime Minister Arlo Venn of Greenwick handed over four villages from its northern Alder province to Kessberg in May.

        Kessberg in turn opened two ports, Brenmark and Oskel, to Greenwick's ships.
        """;

    [Theory]
    [InlineData("What are the names of the four villages Arlo Venn handed over?")]
    [InlineData("names of the 4 villages venn gave kessberg?")]
    public void Ask_SaysTheArticleDoesNotNameThem_WhenOnlyPlacesStandAfterTheKind(string question)
    {
        var answer = DraftedArticle.Ask("border.txt", Article, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("doesn't name the villages", answer.Text);
    }

    [Fact]
    public void Ask_GivesTheNames_WhenTheSentenceNamesThem()
    {
        var answer = DraftedArticle.Ask("border.txt", Article, "What are the names of the two ports Kessberg opened?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Brenmark", answer.Text);
    }
}
