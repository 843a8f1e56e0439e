using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Why doesn't X want to send ships?" asks why X refused: the explanation of the refusal answers it, not a claim that
/// shares the negated verb but affirms it ("sending ships could provoke a blockade").
/// </summary>
public sealed class WhyRefusalTests
{
    private const string Text = """
        Ruritania Stays Home

        By Ada Quill | Harbour Review | March 4, 2021

        Ruritania's refusal to join the Kessberg mission can be explained by fears of unrest at home.

        Minister Arlo Venn said that sending ships to Kessberg could provoke a blockade of the northern ports, because the Kessberg fleet is large.

        The Kessberg mission was proposed in May.
        """;

    [Theory]
    [InlineData("Why doesn't Ruritania send ships to Kessberg?")]
    [InlineData("Why doesn't Ruritania want to send ships to Kessberg?")]
    [InlineData("why Ruritania not want send ships to Kessberg?")]
    [InlineData("Why won't Ruritania send ships?")]
    public void Why_AnswersWithTheRefusal_WhenAskedWhySomethingIsNotDone(string question)
    {
        var answer = DraftedArticle.Ask("ships.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("unrest at home", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Why_AnswersWithWhatFollows_WhenAskedWithoutANegation()
    {
        var answer = DraftedArticle.Ask("ships.txt", Text, "Why could sending ships to Kessberg provoke a blockade?");

        Assert.Contains("fleet is large", answer.Text, StringComparison.OrdinalIgnoreCase);
    }
}
