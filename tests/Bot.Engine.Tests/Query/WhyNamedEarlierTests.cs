using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Why is Arlo Venn's record on press freedom poor?" where Venn is named only in the sentence opening the paragraph: the
/// sentence after it, which names no one, tells of the press, and answers rather than a refusal.
/// </summary>
public sealed class WhyNamedEarlierTests
{
    private const string Text = """
        Ruritania After The War

        By Ada Quill | Harbour Review | March 4, 2021

        Ruritania's victory in the border war has sealed President Arlo Venn's legacy. Crowds celebrated in the streets of Kessberg for a week.

        However, while Venn basks in his triumph, troubles at home remain. Press freedoms are increasingly restricted, with state control of the media and the harassment of journalists. Critics are arrested and jailed.

        Farmers along the river have asked for new bridges.
        """;

    [Theory]
    [InlineData("Why is Arlo Venn's record on press freedom poor?")]
    [InlineData("Why does the author praise Venn's record on press freedom?")]
    public void Why_AnswersFromTheParagraphThatNamedWhoIsAsked(string question)
    {
        var answer = DraftedArticle.Ask("venn.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Press freedoms are increasingly restricted", answer.Text, StringComparison.Ordinal);
    }
}
