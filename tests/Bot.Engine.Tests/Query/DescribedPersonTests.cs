using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who's the senior official behind the claim?" asks for a person the question describes by a role, as "which official"
/// does: a sentence saying only "a senior official claimed" names no one, and one naming the holder answers.
/// </summary>
public sealed class DescribedPersonTests
{
    private const string Article = """
        Greenwick port to close

        By Jo Bloggs

        A senior Greenwick official claimed on Monday that the port would close within a month.

        The port's lawyer, Arlo Venn, announced that the ferries would stop in June.
        """;

    [Theory]
    [InlineData("Who's the senior Greenwick official behind the claim that the port would close?")]
    [InlineData("who is the official who claimed the port would close")]
    public void Ask_SaysTheArticleDoesNotNameThem_WhenTheSentenceOnlyDescribesThem(string question)
    {
        var answer = DraftedArticle.Ask("port.txt", Article, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("doesn't name", answer.Text);
    }

    [Fact]
    public void Ask_NamesThem_WhenTheSentenceDoes()
    {
        var answer = DraftedArticle.Ask("port.txt", Article, "Who is the lawyer who announced the ferries would stop?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Arlo Venn", answer.Text);
    }
}
