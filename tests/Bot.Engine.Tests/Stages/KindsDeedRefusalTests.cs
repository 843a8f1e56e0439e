using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Which minister opened the talks?": the past verb after the kind asked is the deed whose doer is to be named. A deed
/// the article never reports is refused, however much it says of the talks; one it reports is answered.
/// </summary>
public sealed class KindsDeedRefusalTests
{
    private const string Article = """
        Harbour Talks Stall

        By Ada Quill | March 4, 2021

        Governor Jo Bloggs of Vell attended the harbour talks in Lorvik as an honoured guest of the fishing council.

        Minister Ann Lee signed the fishing treaty with Borduria after the talks, and the council welcomed it.
        """;

    [Theory]
    [InlineData("Which minister of the council invited Jo Bloggs to Lorvik as honoured guest?")]
    [InlineData("Which governor boycotted the harbour talks in Lorvik?")]
    public void Ask_SaysItIsNotSaid_WhenTheKindsDeedIsNeverReported(string question)
    {
        var answer = DraftedArticle.Ask("vell-kinds-deed.txt", Article, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Theory]
    [InlineData("Which minister signed the fishing treaty?", "Ann Lee")]
    [InlineData("Which governor attended the harbour talks?", "Jo Bloggs")]
    public void Ask_NamesTheDoer_WhenTheArticleReportsTheDeed(string question, string doer)
    {
        var answer = DraftedArticle.Ask("vell-kinds-deed.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(doer, answer.Text, StringComparison.Ordinal);
    }
}
