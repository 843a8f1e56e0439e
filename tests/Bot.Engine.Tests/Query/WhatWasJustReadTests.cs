using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Follow-ups on an article drafted at load that ask of what the last answer showed: "and then what?" reads on, a
/// question ending on "that" is answered there or just after, a yes or no about it the article has no words to check is
/// shown it again, and an unanswered question leaves nothing behind it to point at.
/// </summary>
public sealed class WhatWasJustReadTests
{
    private const string Text = """
        Harbour Dispute Deepens in Port Alder

          • By Kim Sorel

        On July 2, 2024, hundreds of fishermen marched to the town hall. The next day Mr Tom Hale flew to the Kestrel shipyard to calm its workers. Instead, the workers began chanting for him to resign.

        The Greenwick council set aside £4 million for dredging the harbour. Within that sum, 12 separate contracts are planned for local firms.

        Mr Hale announced on July 9 that the harbour would be sold. The Dockers' Union condemned the sale within hours.

        On July 12 Mr Hale met the fishermen's leaders. Mr Hale later held a meeting with bankers in the capital.

        In August the council's plan to sell the harbour was dropped after weeks of protests.

        Robin Vale, an analyst at the Lakeside Institute, argues that dredging the harbour would ruin the oyster beds.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("harbour-dispute.txt", Text, questions);

    [Theory]
    [InlineData("What happened next?", "Kestrel shipyard")]
    [InlineData("and then what?", "Kestrel shipyard")]
    [InlineData("What happened after that?", "Kestrel shipyard")]
    public void Ask_ReadsOnFromTheSentenceShown_WhenAskedWhatCameNext(string followUp, string expected)
    {
        var answer = Converse("What happened on July 2?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
        Assert.DoesNotContain("town hall", answer.Text);
    }

    [Fact]
    public void Ask_KeepsReadingOn_WhenAskedWhatCameNextAgain()
    {
        var answer = Converse("What happened on July 2?", "What happened next?", "And then what?");

        Assert.Contains("chanting for him to resign", answer.Text);
    }

    [Theory]
    [InlineData("And how many contracts does that cover?", "12 separate contracts")]
    [InlineData("How many contracts is that?", "12 separate contracts")]
    public void Ask_AnswersFromTheSentenceAfterTheOneShown_WhenTheQuestionEndsOnThatAndItHoldsTheRest(string followUp, string expected)
    {
        var answer = Converse("How much did the Greenwick council set aside for dredging?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Fact]
    public void Ask_AnswersWhatSomeoneDidFromTheSentencesAfterTheOneShown_WhenAskedHowTheyReactedToThat()
    {
        var answer = Converse("What did Mr Hale announce on July 9?", "How did the Dockers' Union react to that?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("condemned the sale", answer.Text);
    }

    [Theory]
    [InlineData("Was that decision ever undone?")]
    [InlineData("Is that confirmed in the piece?")]
    public void Ask_ShowsTheSentenceAgainWithNoVerdict_WhenAYesOrNoAboutItHasNoWordsInTheArticle(string followUp)
    {
        var answer = Converse("What happened to the council's plan to sell the harbour?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("dropped after weeks of protests", answer.Text);
        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal) || answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void Ask_DoesNotShowTheSentenceAgain_WhenTheYesOrNoNamesSomeoneElse()
    {
        var answer = Converse("What happened to the council's plan to sell the harbour?", "Did Robin Vale ever undo that?");

        Assert.DoesNotContain("dropped after weeks of protests", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotDateTheAnswerBeforeAnUnansweredQuestion_WhenAskedWhenThatWas()
    {
        var answer = Converse("What happened on July 2?", "What is the population of Greenwick?", "When was that?");

        Assert.DoesNotContain("July 2", answer.Text);
    }

    [Fact]
    public void Ask_StillFindsTheThingSingledOutInWhatWasRead_AfterAnUnansweredQuestion()
    {
        var answer = Converse("What did Mr Hale do on July 12?", "What is the population of Greenwick?", "Where did that meeting take place?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.DoesNotContain("capital", answer.Text);
    }
}
