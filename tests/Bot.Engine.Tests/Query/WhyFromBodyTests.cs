using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A why question no drafted explanation answers is answered from a sentence of the article's own telling, never from
/// the author's bio or the footer that happen to share its words.
/// </summary>
public sealed class WhyFromBodyTests
{
    private const string Text = """
        Harbour Plans Sink In Lorvik

        By Ada Quill | Valley Review | March 4, 2021

        The council of Lorvik misjudged the river when it approved the new harbour in 2019.

        Engineers had warned that the silt would fill the basin within three winters.

        Ada Quill is a research fellow at the Institute for Strategic Studies of the valley and a senior analyst at the Lorvik harbour misjudgment project. The views expressed are her own.
        """;

    [Theory]
    [InlineData("Drivers of the strategic misjudgment?")]
    [InlineData("why was the lorvik harbour a misjudgment")]
    [InlineData("Grounds for the strategic misjudgment of the harbour?")]
    public void Why_NeverAnswersFromTheAuthorsBio(string question)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);
        Assert.DoesNotContain("research fellow at", answer.Text);
    }

    [Theory]
    [InlineData("By Ada Quill | Valley Review | March 4, 2021\n\n", 3, BlockKind.Bio)]
    [InlineData("By Ada Quill | Valley Review | March 4, 2021\n\n", 2, BlockKind.Body)]
    [InlineData("", 3, BlockKind.Body)]
    [InlineData("By Ada Quill | Valley Review | March 4, 2021\n\n", 4, BlockKind.Caption)]
    public void KindOf_ReadsTheNumberedParagraph_WithOrWithoutAByline(string byline, int paragraph, BlockKind expected)
    {
        var text = "Harbour Plans Sink\n\n" + byline + "The council misjudged the river.\n\nEngineers had warned of silt.\n\n"
            + "Ada Quill is a research fellow at the Institute for Strategic Studies.\n\nImage: The harbour basin.";
        var article = ArticleParser.Parse("a", "a.txt", text, new StructureHints(["Image: The harbour basin."], null));
        Assert.Equal(expected, article.KindOf(paragraph));
    }
}
