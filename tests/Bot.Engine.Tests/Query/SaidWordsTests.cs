using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "who said ..." with the words remembered but not put in quotation marks: the sentence (or two of one quotation) holding
/// most of them answers, with whoever spoke them; an office among the words said is no one asked for; words the article
/// does not hold are still refused.
/// </summary>
public sealed class SaidWordsTests
{
    private const string Text = """
        A New Wall For Kessberg

        By Ada Quill | Coast Weekly | May 2, 2022

        Mayor Arlo Venn opened the rebuilt harbour wall in the town of Kessberg on Monday.

        “Storms tore the old breakwater apart within one night. Fishermen hauled granite blocks from the quarry themselves,” Dora Pell, a trawler captain, recalls.

        The new wall is good for Kessberg, but it may not suit its most powerful politician.

        The council paid for the work from its reserve fund. Building took two years, and the road to the pier stayed shut for most of that time.

        Ferries to the islands will resume in June. Tickets will cost the same as before the storms.
        """;

    [Theory]
    [InlineData("who said storms ripped the old breakwater apart in one night and fishermen hauled granite from the quarry", "Dora Pell")]
    [InlineData("who said the new wall is good for kessberg but may not suit its most powerful politician", "may not suit its most powerful politician")]
    public void WhoSaid_FindsTheWords_WhenRememberedWithoutQuotationMarks(string question, string expected)
    {
        var answer = DraftedArticle.Ask("wall.txt", Text, question);
        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text);
    }

    [Theory]
    [InlineData("who said the harbour wall cost nine million crowns to build and repair")]
    [InlineData("who said the pier was sold to a shipping firm from abroad")]
    public void WhoSaid_StaysUnknown_WhenTheArticleDoesNotHoldTheWords(string question)
    {
        var answer = DraftedArticle.Ask("wall.txt", Text, question);
        Assert.True(answer.Status == AnswerStatus.Unknown, answer.Text);
    }
}
