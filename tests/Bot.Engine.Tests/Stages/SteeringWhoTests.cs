using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Who ran / handled / was in charge of X's relationship with Y?" asks for the person who led it, though it names a
/// relationship, and in whatever word for steering it is asked, the article's word for leading answers it.
/// </summary>
public sealed class SteeringWhoTests
{
    private const string Article = """
        Vell Looks East Again

        By Ada Quill | March 4, 2021

        Vell has courted Ardun for a decade, and the relationship between the two has grown warmer since the border treaty.

        Initially, it was Teodor Brask who led on Vell's relationship with Ardun, an unusual choice for a former admiral. Brask later became a presidential aide.

        The relationship now rests on trade in grain and timber, which both capitals say will double by 2030.
        """;

    [Theory]
    [InlineData("Who originally ran Vell's relationship with Ardun?")]
    [InlineData("Who originally handled Vell's relationship with Ardun?")]
    [InlineData("Who was originally in charge of Vell's dealings with Ardun?")]
    public void Ask_NamesWhoLedATie_WhenAskedInAnotherWordForSteering(string question)
    {
        var answer = DraftedArticle.Ask("vell-ardun-steering.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Teodor Brask", answer.Text, StringComparison.Ordinal);
    }

    private const string CountryArticle = """
        Chile Looks East Again

        By Ada Quill | March 4, 2021

        Chile has courted Peru for a decade, and the relationship between the two has grown warmer since the border treaty.

        President Mira Ostrova, who has ruled Chile since 2015, wants a larger share of the grain trade.

        Initially, it was Teodor Brask who led on Chile's relationship with Peru, an unusual choice for a former admiral.
        """;

    /// <summary>"Who runs Chile?" asking nothing else is who heads it: the article's word of leading elsewhere is no answer.</summary>
    [Theory]
    [InlineData("who runs Chile?")]
    [InlineData("who leads chile rn")]
    public void Ask_NamesTheHeadOfACountry_WhenAskedWhoRunsItAndNothingElse(string question)
    {
        var answer = DraftedArticle.Ask("chile-steering.txt", CountryArticle, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("Mira Ostrova", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who originally ran vell s relationship with ardun", nameof(Intent.Who))]
    [InlineData("who was in charge of vell s relations with ardun", nameof(Intent.Who))]
    [InlineData("who brokered the ties between vell and ardun", nameof(Intent.Who))]
    [InlineData("who is related to teodor brask", nameof(Intent.Relation))]
    [InlineData("how are vell and ardun related", nameof(Intent.Relation))]
    public void Recognize_AsksForTheDoer_WhenWhoHasItsOwnDeed(string words, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words).ToString());
}
