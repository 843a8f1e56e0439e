using Bot.Engine.Extraction;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A sentence no known actor opens is the sole author's view, unless it opens with a name the text also writes inside a
/// sentence ("Brenmark handed over ..." where Brenmark is no drafted actor): that sentence tells of the name.
/// </summary>
public sealed class NarratedNameViewTests
{
    private const string Text =
        "Velmar's short war\nBy Ada Quill\nMay 2, 2025\n\n"
        + "The invasion of Brenmark began in March. Brenmark handed over a tenth of its territory after the war.\n\n"
        + "Whether that peace lasts is unclear.\n";

    [Theory]
    [InlineData("Whether that peace lasts is unclear.", true)]
    [InlineData("Brenmark handed over a tenth of its territory after the war.", false)]
    public void Extract_GivesTheAuthorOnlySentencesNoNameOpens(string sentence, bool authors)
    {
        var model = ArticleExtractor.Extract("velmar", "velmar.txt", Text);

        var author = Assert.Single(model.Actors, a => a.Name == "Ada Quill");
        Assert.Equal(authors, model.Positions.Any(p => p.Actor == author.Id && p.Evidence.Quote.Contains(sentence[..20], StringComparison.Ordinal)));
    }
}
