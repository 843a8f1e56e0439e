using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What is the name of X's theatre?" when the article only says "His theatre ... has closed": a pronoun opening the
/// sentence is no name, "the one that closed" points back at the kind without asking a number, and the kind is found
/// before such an apposition. A sentence that does name it still answers.
/// </summary>
public sealed class UnnamedThingTests
{
    private const string Article = """
        Strikes spread across Ruritania

        By Jo Bloggs

        The actor Pavel Orlik joined the strike on Monday. His theatre - once the best attended in Lorvik - has closed in solidarity.

        The striking dockers met at the Grand Hall, which has hosted their union for a decade.
        """;

    [Theory]
    [InlineData("What is the name of Pavel Orlik's theatre?")]
    [InlineData("What is the name of Pavel Orlik's theatre, the one that closed in solidarity?")]
    [InlineData("What is the name of the theatre that closed in solidarity?")]
    public void Ask_SaysTheArticleDoesNotNameIt_WhenOnlyAPronounStandsBeforeTheKind(string question)
    {
        var answer = DraftedArticle.Ask("strikes.txt", Article, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("doesn't name the theatre", answer.Text);
    }

    [Fact]
    public void Ask_GivesTheName_WhenTheSentenceNamesIt()
    {
        var answer = DraftedArticle.Ask("strikes.txt", Article, "What is the name of the hall where the dockers met?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Grand Hall", answer.Text);
    }
}
