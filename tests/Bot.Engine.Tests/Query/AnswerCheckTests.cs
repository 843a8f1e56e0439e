using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Answers that must give what the question asks for, on a drafted article: a place, not a day; an amount for the
/// month asked, not another; a response from one who acts, not one acted upon.
/// </summary>
public sealed class AnswerCheckTests
{
    private const string Article = """
        Valley Notes

        By Ada Quill | March 4, 2021

        "The dam will hold," Mayor Ivo Sand told farmers in a Wednesday evening address.

        Ten boats sank in the river in January, the harbour office said.

        The council imposed new tariffs on buyers of grain, notably Peru.

        The bill would impose secondary tariffs on buyers of river fish – notably India and Chile.

        The old council is older than the harbour office.

        Last month, 40 percent of surveyed farmers told the Valley Institute they backed the new dam.

        Since the Harbour Board's vote, the Valley Institute has built ties with local fishing cooperatives.

        Ada Quill told the Valley Tide newspaper that the dam would hold.

        Lia Dorn, a former deputy prime minister, opened the dam.
        """;

    [Theory]
    [InlineData("Where did Mayor Ivo Sand give his Wednesday evening address?")]
    [InlineData("How many boats sank in the river in December?")]
    [InlineData("How did Peru respond to the new tariffs on grain?")]
    [InlineData("How have Chilean officials responded to the threat of secondary tariffs on their purchases of river fish?")]
    [InlineData("How old is the council?")]
    [InlineData("Which fishing cooperatives has the Valley Institute built ties with? Name a few.")]
    [InlineData("In which newspaper did Mayor Ivo Sand make his remarks about the dam?")]
    [InlineData("What is the name of the prime minister?")]
    [InlineData("What were Ada Quill's exact words to the newspaper?")]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheSentenceFoundGivesAnotherKindOfAnswer(string question) =>
        Assert.Equal(AnswerStatus.Unknown, DraftedArticle.Ask("valley-notes.txt", Article, question).Status);

    [Fact]
    public void Ask_GivesTheArticlesOwnSentence_WhenTheExactWordingOfAnUnsignedArticleIsAsked()
    {
        const string unsigned = "Valley Notes\n\nThe Valley Post | March 4, 2021\n\nEven in the valley, where the council has adopted positions that are accommodating toward Peru, the harbour office holds sway.\n";

        var answer = DraftedArticle.Ask("unsigned.txt", unsigned, "What's the exact wording the author uses for how the valley's council treats Peru?");

        Assert.Contains("accommodating toward Peru", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NamesTheOutlet_WhenTheSentenceGivesItsName() =>
        Assert.Contains("Valley Tide", DraftedArticle.Ask("valley-notes.txt", Article, "Which newspaper did Ada Quill talk to?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_GivesTheAmount_WhenTheMonthIsTheOneAsked() =>
        Assert.Contains("Ten boats", DraftedArticle.Ask("valley-notes.txt", Article, "How many boats sank in the river in January?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_AnswersTheClaim_WhenItAsksWhatMostDid() =>
        Assert.Equal(AnswerStatus.Answered, DraftedArticle.Ask("valley-notes.txt", Article, "Did most farmers back the new dam, according to the Valley Institute?").Status);
}
