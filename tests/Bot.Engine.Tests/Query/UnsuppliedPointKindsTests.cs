using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// The point of a question no sentence supplies, though one shares the rest of its words: a kind of name no article
/// uses ("what codename did X give it?"), places asked as "locations of", a date asked as a target, a claim's deed no
/// article words, a model designation it never writes. On an article drafted at load.
/// </summary>
public sealed class UnsuppliedPointKindsTests
{
    private const string Text =
        "Harbour rules tighten\nBy Ada Quill\n\n"
        + "Norway announced on Monday that no boats over 20 years old may dock at Lorvik. The navy seized a ferry on Monday, and harbour master Luis Vela, 64, said more seizures would follow.\n\n"
        + "On May 2, Sweden's ambassador to Norway, Tom Vale, stated that the rules broke a treaty.\n\n"
        + "The navy keeps four patrol bases, which shelter its older boats. The port aims to finish the dredging by June 2027.\n";

    [Theory]
    [InlineData("What codename did the navy give the seizure?")]
    [InlineData("Locations of the four patrol bases?")]
    [InlineData("Target date for the patrol bases")]
    [InlineData("did Sweden kick out any Norwegian diplomats")]
    [InlineData("is Norway sending s-400s to Sweden")]
    public void Ask_SaysTheArticleDoesNotSay_WhenNoSentenceSuppliesThePoint(string question) =>
        Assert.Equal(AnswerStatus.Unknown, DraftedArticle.Ask("harbour.txt", Text, question).Status);

    [Theory]
    [InlineData("Target date for finishing the dredging", "June 2027")]
    [InlineData("did Sweden's ambassador state that the rules broke a treaty", "Yes")]
    public void Ask_Answers_WhenTheSentenceSuppliesThePoint(string question, string expected)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Theory]
    [InlineData("is it sending s-400s", 4, true)]
    [InlineData("did they get F-16s", 4, true)]
    [InlineData("was it in the 1990s", 4, false)]
    [InlineData("did covid-19 spread", 2, false)]
    public void IsDesignation_ReadsLettersHyphenAndNumber(string text, int at, bool expected) =>
        Assert.Equal(expected, QuestionParser.IsDesignation(text, Bot.Engine.Text.Tokenizer.Tokens(text), at));
}
