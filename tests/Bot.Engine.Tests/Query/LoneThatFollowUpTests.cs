using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Stages;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "that" standing alone after a verb ("when is that supposed to start?", "how long would that take?") is what the last
/// question asked about in words, even when that question named a country "it" could have meant; "that" before a noun
/// ("that levy") or closing a question is left to the readings made for those.
/// </summary>
public sealed class LoneThatFollowUpTests
{
    private const string Text = """
        Ruritania Tightens Its Fishing Rules

          • By Ana Pell

        Ruritania and Borduria have argued over the Amber Bay since 1990. Ruritania sent two patrol boats to the bay in March.

        Borduria is building a bridge over the Amber Bay to Ruritania, which will take two more years.

        Under the new fishing rules, Bordurian trawlers must land their catch in Ruritanian ports. The rules are due to apply from September.

        Bordurian fishermen say the rules will ruin them.
        """;

    [Theory]
    [InlineData("When is that supposed to kick in?")]
    [InlineData("And when does that even begin?")]
    public void Ask_ReadsALoneThatAsWhatWasAskedInWords_ThoughTheLastQuestionNamedACountry(string followUp)
    {
        var answer = DraftedArticle.Converse("fishing-rules.txt", Text, "What changes for Borduria's trawlers under the new fishing rules?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("due to apply from September", answer.Text);
    }

    [Theory]
    [InlineData("how long would that take", true)]
    [InlineData("when is that supposed to begin", true)]
    [InlineData("why can't they do that themselves", true)]
    [InlineData("does that even matter", true)]
    [InlineData("when was that levy approved", false)]
    [InlineData("how does that compare with borduria", false)]
    [InlineData("did that strategy work", false)]
    [InlineData("who said that", false)]
    public void PointsAlone_TellsALoneThatFromOneBeforeANounOrClosingTheQuestion(string words, bool alone)
    {
        var question = StageIndex.Question(words, Intent.General);

        Assert.Equal(alone, ContextResolver.PointsAloneAtWhatWasAsked(question));
    }
}
