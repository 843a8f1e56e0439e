using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who was the author of the post?", "what is the name of the factory?": the point of the question is who or what the
/// one spoken of is. A sentence saying only "a Ruritanian author", "a trader of dual nationality", or naming no one for
/// a kind of person, does not identify them; a sentence giving the name by the kind does.
/// </summary>
public sealed class UnnamedReferentTests
{
    private const string Article = """
        Ruritania tightens the screws

        By Jo Bloggs

        One post on the strike received two million views, and another by a Ruritanian soldier who wrote that "peace is near" received 5,000 likes.

        Prosecutors in Lorvik charged a trader of dual Ruritanian-Bordurian nationality with smuggling drone parts.

        The minister's day began with a visit to a fish processing factory, then the harbour.

        The estimate comes from the Lorvik Institute for Economic Studies, which publishes it every quarter.

        The mayor of Lorvik, Anna Kask, opened the new bridge in March. The novel about the bridge was translated by a local translator, Mark Tamm.
        """;

    [Theory]
    [InlineData("Who was the Ruritanian soldier behind the post saying peace is near? I need a name.", "soldier")]
    [InlineData("What is the name of the trader the prosecutors charged?", "trader")]
    [InlineData("What is the name of the fish processing factory the minister visited?", "factory")]
    [InlineData("Who is the head of the Lorvik Institute for Economic Studies?", "head")]
    public void Ask_SaysTheArticleDoesNotNameThem_WhenItSpeaksOfThemOnlyByAKind(string question, string kind)
    {
        var answer = DraftedArticle.Ask("screws.txt", Article, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains($"doesn't name the {kind}", answer.Text);
    }

    [Theory]
    [InlineData("Who is the mayor of Lorvik?", "Anna Kask")]
    [InlineData("who is the lorvik mayor", "Anna Kask")]
    [InlineData("Who was the translator of the novel about the bridge?", "Mark Tamm")]
    public void Ask_GivesTheName_WhenTheSentenceNamesThemByTheKind(string question, string name)
    {
        var answer = DraftedArticle.Ask("screws.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(name, answer.Text);
    }

    [Theory]
    [InlineData("Who was the local author of the post?", "author")]
    [InlineData("what is name of the commander of the battalion?", "commander")]
    [InlineData("What is the name of the fish-oil processing factory Mayor Roe visited?", "factory")]
    [InlineData("What is the name of the Varnian-Tarskan trader Ostrian prosecutors went after?", "trader")]
    [InlineData("Who is the head of the institute?", "head")]
    [InlineData("What is the name of the trader the prosecutors charged?", "trader")]
    [InlineData("What happened next?", null)]
    public void IdentifiedKind_IsTheNounAfterWhoIsTheOrNameOfThe(string question, string? kind) =>
        Assert.Equal(kind, Bot.Engine.Query.Answerers.AnswerChecks.IdentifiedKind(question));
}
