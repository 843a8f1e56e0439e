using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What is the name of the ambassador?" when the sentence says only "the Ruritanian ambassador met with Jo Bloggs": the
/// one asked goes unnamed, and the person the sentence names is someone else. A sentence naming the one asked still answers.
/// </summary>
public sealed class UnnamedPersonAskedTests
{
    private const string Article = """
        Port talks in Lorvik

        By Ada Quill

        On Monday, the Ruritanian ambassador to Borduria met with Jo Bloggs, chairman of the Lorvik port authority, to discuss visas.

        The Bordurian envoy, Ann Lee, later praised the talks.
        """;

    [Theory]
    [InlineData("What is the name of the Ruritanian ambassador to Borduria?")]
    [InlineData("What is the name of the Ruritanian ambassador?")]
    public void Ask_SaysTheArticleDoesNotName_WhenTheSentenceNamesOnlySomeoneElse(string question) =>
        Assert.Equal(AnswerStatus.Unknown, DraftedArticle.Ask("port-talks.txt", Article, question).Status);

    [Fact]
    public void Ask_GivesTheName_WhenTheSentenceNamesTheOneAsked()
    {
        var answer = DraftedArticle.Ask("port-talks.txt", Article, "What is the name of the chairman of the Lorvik port authority?");

        Assert.Contains("Jo Bloggs", answer.Text);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
    }
}
