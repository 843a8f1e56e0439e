using Bot.Engine.Query;
using Bot.Engine.Tests.Support;
using Bot.Engine.Text;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How much did the firm owe?" of "the firm owed $40 million": a verb of three letters ending in "e" keeps it, being too
/// short to lose it, so its forms must meet it rather than stand apart.
/// </summary>
public sealed class ShortVerbFormTests
{
    [Theory]
    [InlineData("owed", "owe")]
    [InlineData("owing", "owe")]
    [InlineData("used", "use")]
    [InlineData("sued", "sue")]
    public void Stem_MeetsTheVerb_ForAFormOfAShortVerbEndingInE(string form, string verb) =>
        Assert.Equal(Stemmer.Stem(verb), Stemmer.Stem(form));

    [Fact]
    public void Ask_GivesTheSum_WhenTheQuestionAsksWhatWasOwed()
    {
        const string article = "Mine Row\n\nBy Ada Quill\n\nMay 2, 2024\n\n"
            + "In January, an audit found that Brannock Copper owed roughly $90 million in unpaid royalties. The firm disputed the figure.\n";

        var answer = DraftedArticle.Ask("mine.txt", article, "how much did the company owe in royalties?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("$90 million", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
