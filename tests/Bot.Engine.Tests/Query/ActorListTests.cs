using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>Questions asking for the article's actors themselves: whom it quotes, which countries it names.</summary>
public sealed class ActorListTests
{
    private const string Quoting = "Port Talks\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Mayor Ana Ruiz said the port would reopen in May. Ruritania and Borduria share the port.\n\n"
        + "Luis Vela, the harbour master, warned that the cranes were unsafe.\n";

    private const string Silent = "Port Talks\n\nBy Ada Quill | March 4, 2021\n\nThe port reopened in May after the cranes were repaired by Luis Vela's crew.\n";

    [Theory]
    [InlineData("who is quoted?")]
    [InlineData("who is quoted in the article?")]
    public void Ask_NamesThePeopleItQuotes_WhenAskedWhoIsQuotedAtTheStartOfAChat(string question)
    {
        var answer = DraftedArticle.Ask("port.txt", Quoting, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Ana Ruiz", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Luis Vela", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SaysItQuotesNoOne_WhenTheArticleQuotesNobody()
    {
        var answer = DraftedArticle.Ask("port.txt", Silent, "who is quoted?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("doesn't quote anyone", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NamesTheCountriesItMentions_WhenAskedWhichCountriesAreCited()
    {
        var answer = DraftedArticle.Ask("port.txt", Quoting, "which countries are cited?");

        Assert.DoesNotContain("0 states", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NamesTheOnlySpeakerInTheSingular_WhenTheArticleQuotesOnePerson()
    {
        var answer = DraftedArticle.Ask("port.txt", Silent.Replace("The port reopened", "Luis Vela said the port reopened", StringComparison.Ordinal), "who is quoted?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("The article names one actor: Luis Vela.", answer.Text, StringComparison.Ordinal);
    }
}
