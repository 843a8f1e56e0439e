using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Why does Venn spend on broadcasts for Reed?" where the explanation found never names Reed and explains something
/// else about Venn: the sentence naming both that says as much of the rest answers, with the sentence after it.
/// </summary>
public sealed class WhyNamingAllTests
{
    private const string Text = """
        Venn Looks Abroad

        By Ada Quill | Harbour Review | March 4, 2021

        President Arlo Venn spends heavily on broadcasts abroad because he fears isolation. His channels reach a dozen countries.

        Venn's spending on broadcasts is not meant to win friends for Tom Reed, the mayor of Kessberg. That would fail in a city shaped by the memory of occupation.

        Tom Reed was elected in May. Reed says the city needs new bridges.
        """;

    [Theory]
    [InlineData("Why does Arlo Venn spend on broadcasts for Tom Reed?")]
    [InlineData("why is venn spending on broadcasts for reed")]
    public void Why_AnswersFromTheSentenceNamingAll_WhenTheExplanationNeverNamesOne(string question)
    {
        var answer = DraftedArticle.Ask("venn.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("memory of occupation", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_KeepsTheExplanation_WhenTheQuestionNamesOnlyWhomItNames() =>
        Assert.Contains("fears isolation", DraftedArticle.Ask("venn.txt", Text, "Why does Arlo Venn spend heavily on broadcasts abroad?").Text,
            StringComparison.Ordinal);
}
