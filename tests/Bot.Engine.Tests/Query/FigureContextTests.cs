using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's figure held against a sentence giving several figures of the same thing: the one said after the claim's
/// own words decides ("independent for 21 years"), not another the claim's bound happens to allow ("600 years before
/// that"), on an article drafted at load.
/// </summary>
public sealed class FigureContextTests
{
    private const string Text =
        "Brenmark remembers the winter war\nBy Ada Quill\n\n"
        + "When Velmoria first attacked in 1939 Brenmark had only been independent for 21 years, having spent the 600 years before that as part of Ostland.\n";

    [Theory]
    [InlineData("Had Brenmark been independent for more than 50 years when Velmoria attacked?", "No")]
    [InlineData("Had Brenmark been independent for over 40 years when Velmoria attacked in 1939?", "No")]
    [InlineData("Had Brenmark been independent for more than 20 years when Velmoria attacked?", "Yes")]
    [InlineData("Was Brenmark part of Ostland for more than 500 years?", "Yes")]
    public void Ask_HoldsTheClaimAgainstTheFigureSaidOfTheSameThing(string question, string verdict)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, question);

        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }
}
