using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "According to Lund, why is the war awkward for Venn?" where the explanation saying "war" is another's: Lund's own
/// explanation answers, though it speaks of "the invasion"; asked without "according to", the other's still does.
/// </summary>
public sealed class WhyAccordingToTests
{
    private const string Text = """
        Venn's Long War

        By Ada Quill | Harbour Review | March 4, 2021

        Tom Reed, a historian at Kessberg University, argues that President Arlo Venn is unlikely to end the war because his generals dislike being lectured. Reed has written three books on the region.

        Mia Lund, an economist in Kessberg, adds that Venn also faces heavy costs from the invasion because of the threat of sanctions and rising energy prices. Lund says exports have fallen.

        Farmers along the river have asked for new bridges.
        """;

    [Theory]
    [InlineData("According to Mia Lund, why is the war awkward for Arlo Venn?", "rising energy prices")]
    [InlineData("according to lund why is the war a problem for venn", "rising energy prices")]
    [InlineData("According to Tom Reed, why won't Venn end the war?", "dislike being lectured")]
    [InlineData("Why is the war awkward for Arlo Venn?", "dislike being lectured")]
    public void Why_GivesTheNamedSourcesOwnExplanation_WhenAskedAccordingToThem(string question, string expected)
    {
        var answer = DraftedArticle.Ask("venn.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
