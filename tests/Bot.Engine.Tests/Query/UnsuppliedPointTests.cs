using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A sentence sharing a question's words that does not supply its point: an age said of other things, a thing or
/// attribute the article never names, a reply by someone it only names after a preposition, a ship it does not name.
/// On an article drafted at load.
/// </summary>
public sealed class UnsuppliedPointTests
{
    private const string Text =
        "Harbour rules tighten\nBy Ada Quill\n\n"
        + "Norway announced on Monday that no boats over 20 years old may dock at Lorvik. The navy seized a ferry on Monday, and harbour master Luis Vela, 64, said more seizures would follow.\n\n"
        + "The Swedish parliament condemned the rules, saying they would ruin fishermen.\n\n"
        + "On May 2, Sweden's ambassador to Norway, Tom Vale, stated that the rules broke a treaty.\n\n"
        + "The Lorvik Gazette reported the seizure in a story that angered the navy, and the navy sent patrol boats to guard the harbour.\n\n"
        + "Mayor Ann Lee is 71. She backed the rules.\n";

    [Theory]
    [InlineData("how old is the navy commander")]
    [InlineData("How did Norway respond to Tom Vale's remarks?")]
    [InlineData("Do we even know which ferry the navy seized on Monday?")]
    [InlineData("What was the headline of the Lorvik Gazette story?")]
    [InlineData("What kind of rifles did the navy send to the harbour?")]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheSentenceSharingTheWordsGivesAnotherThing(string question) =>
        Assert.Equal(AnswerStatus.Unknown, DraftedArticle.Ask("harbour.txt", Text, question).Status);

    [Theory]
    [InlineData("how old is Luis Vela", "64")]
    [InlineData("how old is Ann Lee", "71")]
    [InlineData("Do we even know who seized a ferry on Monday?", "navy")]
    [InlineData("What kind of boats did the navy send to the harbour?", "patrol boats")]
    public void Ask_Answers_WhenTheSentenceGivesThePointAsked(string question, string expected)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }
}
