using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Which leaders visited Kessberg?" answered by a sentence giving each a date in brackets, then "which of them came
/// first?": "them" are the people that sentence names, put in order by the dates beside their names.
/// </summary>
public sealed class OrderAmongShownTests
{
    private const string Text = """
        Kessberg Courts Its Neighbours

          • By Ana Pell

        The town of Kessberg has drawn a string of foreign leaders this year.

        Several heads of state have toured Kessberg's new harbour, such as Ruritanian President Arlo Venn (May 2024), Bordurian Chancellor Ida Marsh (March 2023) and Syldavian Premier Tom Kell (January 2025).

        The harbour opened in 2022 after a decade of building.
        """;

    [Theory]
    [InlineData("Which of them went first?", "Ida Marsh (March 2023) came first, then Arlo Venn (May 2024), Tom Kell (January 2025)")]
    [InlineData("which of them went first", "Ida Marsh (March 2023) came first")]
    public void Ask_OrdersThePeopleOfTheSentenceShown_ByTheDatesBesideTheirNames(string followUp, string expected)
    {
        var answer = DraftedArticle.Converse("kessberg.txt", Text, "Which heads of state toured Kessberg's harbour?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }
}
