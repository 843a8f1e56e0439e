using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// Claims put as statements with a question mark ("Lorvik enforces the toll?") ask yes or no by their verb's form and
/// place, whatever the verb; questions with a question word, requests and headings ask what they ask.
/// </summary>
public sealed class FiniteVerbIntentTests
{
    private static Intent Recognize(string question)
    {
        var caseTokens = Tokenizer.Tokenize(question, lowercase: false);
        var words = string.Join(' ', caseTokens.ConvertAll(t => t.ToLowerInvariant()));
        return IntentRecognizer.Recognize(words, questionMark: question.EndsWith('?'), finiteVerb: IntentRecognizer.HasFiniteVerb(question, caseTokens));
    }

    [Theory]
    [InlineData("Lorvik enforces Northern tolls on Brenmark?")]
    [InlineData("Piece reflects the harbour board's view?")]
    [InlineData("The mayor endorses the dredging plan?")]
    [InlineData("Greenwick tolerates its rivals' fleets?")]
    [InlineData("Port Alder finances Vell's new quay?")]
    public void Recognize_ReadsAStatementWithAnyVerbAndAQuestionMarkAsYesNo(string question) =>
        Assert.Equal(Intent.YesNo, Recognize(question));

    [Theory]
    [InlineData("Who finances the new quay?")]
    [InlineData("What reflects the board's view?")]
    [InlineData("Why does Lorvik enforce the tolls?")]
    [InlineData("List the tolls Lorvik enforces?")]
    [InlineData("Describe the tolls Lorvik enforces?")]
    public void Recognize_KeepsQuestionWordsAndRequests_WhenAVerbFollowsTheSubject(string question) =>
        Assert.NotEqual(Intent.YesNo, Recognize(question));

    [Theory]
    [InlineData("Lorvik-Brenmark rail dependency?")]
    [InlineData("Fleet size?")]
    [InlineData("Delivery dates for the dredgers?")]
    [InlineData("Rail links to Vell?")]
    [InlineData("Harbour tolls Greenwick imposed?")]
    [InlineData("Toll rates since the vote?")]
    [InlineData("Brenmark's exports the year before?")]
    [InlineData("The dredgers' crews Vell hired?")]
    [InlineData("Sanctions on the harbour board?")]
    public void HasFiniteVerb_IsFalse_ForHeadingsThatNameWhatTheyAsk(string question) =>
        Assert.False(IntentRecognizer.HasFiniteVerb(question, Tokenizer.Tokenize(question, lowercase: false)));

    [Theory]
    [InlineData("Lorvik enforces Northern tolls?")]
    [InlineData("It reflects the board's view?")]
    [InlineData("Vell's mayor opposes the toll?")]
    public void HasFiniteVerb_IsTrue_ForAVerbInSBetweenSubjectAndObject(string question) =>
        Assert.True(IntentRecognizer.HasFiniteVerb(question, Tokenizer.Tokenize(question, lowercase: false)));
}
