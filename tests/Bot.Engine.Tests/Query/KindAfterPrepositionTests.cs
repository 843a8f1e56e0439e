using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "At which base are they training?": asked after a preposition, the thing is named by a proper name. A sentence
/// saying the rest of the question, with only a topic it describes ("Bordurian personnel are in Ruritania"), names no
/// base; one naming the harbour ("the Grand Harbour") answers "from which harbour".
/// </summary>
public sealed class KindAfterPrepositionTests
{
    private const string Article = """
        Drones for the north

        By Jo Bloggs

        An unnamed Ruritanian official claimed on May 9 that Bordurian personnel are currently in Ruritania training to use the drones.

        The drones were launched from the Grand Harbour, officials said.

        Ships often change their flag to dodge checks, and the navy has lost its only base in the north.
        """;

    [Fact]
    public void Ask_SaysTheArticleDoesNotNameIt_WhenTheSentenceOnlyDescribesWhatIsAsked()
    {
        var answer = DraftedArticle.Ask("drones.txt", Article, "At which Ruritanian base are the Bordurian personnel training on the drones?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("doesn't name the base", answer.Text);
    }

    [Fact]
    public void Ask_GivesTheName_WhenTheSentenceNamesIt()
    {
        var answer = DraftedArticle.Ask("drones.txt", Article, "From which harbour were the drones launched?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Grand Harbour", answer.Text);
    }
}
