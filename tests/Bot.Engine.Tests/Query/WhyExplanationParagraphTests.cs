using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// An explanation that speaks of "the vessel" answers a why naming it by who it belongs to ("the Chilean trawler")
/// when its paragraph names that actor, and a sentence found saying the explained claim answers with its reasons; a
/// paragraph naming someone else does not make it the answer.
/// </summary>
public sealed class WhyExplanationParagraphTests
{
    private const string Text = """
        Patrols Tighten In The Strait

        By Ada Quill | Harbour Review | March 4, 2021

        On a cold morning in the strait, a patrol boat was called to check on a Chilean trawler. The vessel had drifted into a busy shipping lane near an undersea cable, claiming to have lost its engine. That made it a “suspect vessel”, said an inspector.

        Peru has sent two ferries to the northern islands this winter.

        Patrols have doubled since the spring, and officers now board ships far more often.
        """;

    [Theory]
    [InlineData("Why was the Chilean trawler a suspect?")]
    [InlineData("Why was the Chilean trawler a suspect vessel?")]
    public void Why_AnswersWithTheExplanation_WhenItsParagraphNamesTheActorAsked(string question)
    {
        var answer = DraftedArticle.Ask("strait.txt", Text, question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("busy shipping lane", answer.Text);
    }

    [Fact]
    public void Why_LeavesTheExplanationOut_WhenItsParagraphNamesSomeoneElse()
    {
        var answer = DraftedArticle.Ask("strait.txt", Text, "Why was the Peruvian trawler a suspect?");
        Assert.DoesNotContain("busy shipping lane", answer.Text);
    }
}
