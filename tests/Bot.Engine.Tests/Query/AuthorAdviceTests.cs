using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What does the author recommend?": the writer's advice is a sentence in the article's own voice saying what someone
/// should, must or needs to do, the one naming whom the question asks about, later sentences before earlier ones.
/// </summary>
public sealed class AuthorAdviceTests
{
    private const string Article = """
        Borduria's Quiet Pressure

        By Ada Quill | March 4, 2021

        Borduria has tightened its grip on Ruritania's grain exports. Ivo Brand, Borduria's envoy, said Ruritania must pay its debts first.

        Ruritania's farmers have lost two harvests to the blockade. Prices in the capital have doubled since the spring.

        The European Union has recommended that Ruritania do more to reform its farms, and wants its grain sold at home.

        Washington's prescription so far has been a string of visits by envoys and little else.

        The blockade is likely to last into next year, and Ruritania has few friends left.

        The European Union should open its markets to Ruritanian grain and fund new storage along the river.

        Washington needs to keep its sanctions on Borduria until the blockade is lifted.
        """;

    [Theory]
    [InlineData("What does the author recommend for the European Union?", "open its markets")]
    [InlineData("Author's prescription for Washington", "keep its sanctions")]
    [InlineData("What is the authors' overall recommendation for the European Union?", "open its markets")]
    [InlineData("Bottom line: what should Washington do according to the piece?", "keep its sanctions")]
    [InlineData("so what do the writers want the European Union to do now", "open its markets")]
    public void Ask_GivesTheWritersSentenceSayingWhatShouldBeDone(string question, string expected)
    {
        var answer = DraftedArticle.Ask("pressure.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the author recommend?")]
    public void Ask_GivesTheLatestAdvice_WhenNoOneIsNamed(string question)
    {
        var answer = DraftedArticle.Ask("pressure.txt", Article, question);

        Assert.Contains("keep its sanctions", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ivo Brand", answer.Text, StringComparison.Ordinal);
    }

    private const string CourseArticle = """
        Borduria's Long Shadow

        By Ada Quill | March 4, 2021

        Borduria has tightened its grip on Ruritania's grain exports. Prices in the capital have doubled since the spring.

        Some officials have proposed arming Ruritania's border guards. These ideas face obstacles, and few capitals want them.

        A more sober approach emphasizes grain reserves and new river ports. Western capitals should watch the blockade closely and plan for a long one.

        The blockade is likely to last into next year, and Ruritania has few friends left.
        """;

    [Theory]
    [InlineData("What does the author think Western capitals should realistically do about Ruritania?")]
    [InlineData("Bottom line: what should Western capitals be doing?")]
    public void Ask_GivesTheCourseNamedBeforeTheAdvice_WhenTheWriterNamesItWithoutShould(string question)
    {
        var answer = DraftedArticle.Ask("shadow.txt", CourseArticle, question);

        Assert.Contains("grain reserves", answer.Text, StringComparison.Ordinal);
        Assert.Contains("plan for a long one", answer.Text, StringComparison.Ordinal);
    }
}
