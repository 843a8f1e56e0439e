using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How many of Ruritania's soldiers are conscripts?" counts a part among a whole the question names: a sentence giving
/// a part of that whole ("half of its 6,500 soldiers") answers, one giving only the whole's own count does not.
/// </summary>
public sealed class PartOfWholeCountTests
{
    private const string Text = """
        Ruritania Braces For Trouble

        By Ada Quill | Valley Review | March 4, 2021

        Ruritania fears an attack from Borduria. This year its defence budget will rise by 40%. The country's only tanks are museum pieces, and barely half of its 6,500 soldiers are conscripts. President Vasko wants more help from abroad.
        """;

    [Fact]
    public void Ask_GivesThePart_FromASentenceCountingItAmongTheWhole()
    {
        var answer = DraftedArticle.Ask("ruritania.txt", Text, "how many of ruritania's soldiers are actually conscripts?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("half of its 6,500 soldiers", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotTakeTheWholesOwnCount_ForAPartOfIt()
    {
        const string wholeOnly = """
            Ruritania Braces For Trouble

            By Ada Quill | Valley Review | March 4, 2021

            Ruritania fears an attack from Borduria. Its army has 6,500 soldiers, some of them conscripts. President Vasko wants more help from abroad.
            """;

        var answer = DraftedArticle.Ask("ruritania.txt", wholeOnly, "how many of ruritania's soldiers are conscripts?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
