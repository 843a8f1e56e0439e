using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What phrase does the author use for X's role in Y?": the article's wording is asked, so the sentence that says every
/// word of the question answers it, not a fact about X found by fewer of them, nor one leaving out a name it asks about.
/// </summary>
public sealed class WordingSentenceTests
{
    private const string Article = """
        Velmora Keeps Its Distance

        By Ada Quill | March 4, 2021

        Velmora's flat refusal to send soldiers to Tarsk reveals a growing rift between Velmora and Oskand over the pact.

        President Ilan Dorsk said Velmora would not join any mission abroad. Even though Velmora trades with Tarsk, Dorsk has stressed Velmora's role as an honest broker in the Tarsk dispute.

        Velmora's resistance to aid for Tarsk is closely tied to its trade with Keld.

        Dorsk's speech suggests that Velmora's resistance to the Oskand-Tarsk alliance has spread to security.

        Farmers in Keld marched on Monday. The army watched from the docks.
        """;

    private static Answer Ask(string question) => DraftedArticle.Ask("velmora.txt", Article, question);

    [Theory]
    [InlineData("What phrase does the author use for Velmora's role in the Tarsk dispute?", "honest broker")]
    [InlineData("Which words does the article use to describe Velmora's role in the dispute?", "honest broker")]
    [InlineData("What term does the author use for the Oskand-Tarsk partnership that Velmora is resisting?", "Oskand-Tarsk alliance")]
    public void Ask_QuotesTheSentenceSayingEveryAskedWord_WhenTheArticlesWordingIsAsked(string question, string expected)
    {
        var answer = Ask(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
