using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;
using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A claim that names its subject, then takes it up with a pronoun after a comma ("The toll, it applies to ferries?"),
/// asks yes or no, whatever its verb; a heading or a question word asks what it asks.
/// </summary>
public sealed class DislocatedSubjectIntentTests
{
    private const string Article = """
        Vell Holds Its Harbour Fair

        By Ada Quill | March 4, 2021

        The harbour board of Vell will hold its annual fair from August 13 to 27, mostly for the fishing crews of Brenmark.

        The mayor of Vell, Ilse Darrow, opened the new quay in June.
        """;

    private static Intent Recognize(string question)
    {
        var caseTokens = Tokenizer.Tokenize(question, lowercase: false);
        var words = string.Join(' ', caseTokens.ConvertAll(t => t.ToLowerInvariant()));
        return IntentRecognizer.Recognize(words, questionMark: question.EndsWith('?'),
            finiteVerb: IntentRecognizer.HasFiniteVerb(question, caseTokens) || IntentRecognizer.HasDislocatedSubject(question));
    }

    [Theory]
    [InlineData("The new harbour toll, it applies to ferries?")]
    [InlineData("The fair in Vell, they happen in September?")]
    [InlineData("The mayor of Vell, she open the quay herself?")]
    public void Recognize_ReadsASubjectTakenUpByAPronoun_AsYesNo(string question) =>
        Assert.Equal(Intent.YesNo, Recognize(question));

    [Theory]
    [InlineData("The fair in Vell, when does it open?")]
    [InlineData("The fair in Vell?")]
    [InlineData("Quays of Vell, in June?")]
    public void Recognize_KeepsQuestionWordsAndHeadings(string question) =>
        Assert.NotEqual(Intent.YesNo, Recognize(question));

    [Theory]
    [InlineData("The harbour fair in Vell, it happens in September?", "No")]
    [InlineData("The harbour fair in Vell, it happens in August?", "Yes")]
    public void Ask_ChecksAClaimWithASubjectTakenUp(string question, string verdict) =>
        Assert.StartsWith(verdict, DraftedArticle.Ask("fair.txt", Article, question).Text, StringComparison.Ordinal);
}
