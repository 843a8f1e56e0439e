using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Follow-ups about the sentence the last answer showed, on an article drafted at load: "this money", "what share of
/// them", "when did that happen" and "why?" ask of what was just read, and the article's silence on what is asked stays silence.
/// </summary>
public sealed class ShownSentenceTests
{
    private const string Text = """
        Lakeside Towns Borrow for a New Harbour

          • By Ana Pereira

        The Ruritanian parliament has voted to lend 40 million euros to Port Alder for dredging its harbour this year and next.

        Last month, 61 percent of surveyed fishermen told the Lakeside Institute they reject the dredging plan, with only 22 percent accepting it.

        A hacking group, Blue Heron, knocked the harbour office's website offline on July 15. The group may have targeted the harbour office to frighten the fishermen away from the vote.

        Mayor Jane Roe has repeatedly stated that the harbour has "no future" without dredging.

        As a result of falling catches and rising fuel costs, the fishermen's co-operative has cut its spending on boats.

        As the oyster beds have recovered, Greenwick has seized the chance to export oysters to Port Alder, said harbour observer Tom Hale.

        On July 2 the harbour council voted to delay the dredging. The next day Mayor Jane Roe flew to Greenwick to plead with its council.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("lakeside-harbour.txt", Text, questions);

    [Theory]
    [InlineData("How much money will the parliament lend to Port Alder?", "For which years is this money?", "this year and next")]
    [InlineData("How much money will the parliament lend to Port Alder?", "For what is this money?", "dredging")]
    [InlineData("What did the fishermen tell the Lakeside Institute?", "And what share of them would accept it?", "22 percent")]
    // The thing pointed at in other words than the sentence's ("poll" of "surveyed"), asked of in a verb of the user's own.
    [InlineData("What did the fishermen tell the Lakeside Institute?", "Who carried out that poll?", "Lakeside Institute")]
    [InlineData("What did the fishermen tell the Lakeside Institute?", "Which institute ran this poll?", "Lakeside Institute")]
    public void Ask_AnswersFromTheSentenceShown_WhenTheFollowUpPointsBackAtIt(string first, string followUp, string expected)
    {
        var answer = Converse(first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Theory]
    [InlineData("What did the fishermen tell the Lakeside Institute?", "Which newspaper later mocked that poll?")]
    [InlineData("What did the fishermen tell the Lakeside Institute?", "Who paid for that protest?")]
    public void Ask_DoesNotAnswerFromTheSentenceShown_WhenTheFollowUpSaysMoreOfItThanItDoes(string first, string followUp)
    {
        var answer = Converse(first, followUp);

        Assert.DoesNotContain("61 percent", answer.Text);
    }

    [Fact]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheSentenceShownLacksWhatIsAskedOfIt()
    {
        const string twoMeetings = """
            River Council Meets Over Floods

              • By Ana Pereira

            On May 3 the river council met with farmers to discuss the floods.

            In June a meeting of traders took place in Ruritania.
            """;

        var answer = DraftedArticle.Converse("river-council.txt", twoMeetings, "What did the river council discuss with farmers?", "Where did that meeting take place?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.DoesNotContain("Ruritania", answer.Text);
    }

    [Theory]
    [InlineData("Which vote was she talking about?")]
    [InlineData("And which vote was she speaking of?")]
    public void Ask_AnswersFromTheSentenceShown_WhenAskedWhatTheSpeakerItReportsWasTalkingAbout(string followUp)
    {
        const string interview = """
            Harbour Vote Splits Port Alder

              • By Ana Pereira

            In an interview with the Lakeside Post, Mayor Jane Roe said of the 2019 vote that “we still feel we won”.

            The 2021 vote on the harbour drew a record turnout.
            """;

        var answer = DraftedArticle.Converse("harbour-vote.txt", interview, "Who told the Lakeside Post 'we still feel we won'?", followUp);

        // The sentence itself, not a summary of the speaker.
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("2019 vote", answer.Text);
        Assert.Contains("Lakeside Post", answer.Text);
    }

    [Theory]
    [InlineData("Who reported that figure?")]
    [InlineData("who reported that number?")]
    public void Ask_NamesTheSourceInTheSentenceShown_WhenAskedWhoReportedTheFigureItGives(string followUp)
    {
        const string fleet = """
            Harbour Fleet Grows

              • By Ana Pereira

            The Coast Weekly wrote in March that 4,000 boats would join the harbour fleet by 2030. Mayor Jane Roe later reported that the first boats had arrived.

            The harbour council met in May.
            """;

        var answer = DraftedArticle.Converse("harbour-fleet.txt", fleet, "How many boats will join the harbour fleet?", followUp);

        // "that figure" is the number just read, not a person of note; "reported" ties it to its source, not to a later report.
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Coast Weekly", answer.Text);
        Assert.DoesNotContain("first boats", answer.Text);
    }

    [Fact]
    public void Ask_DatesAnUndatedSentence_ByTheSentenceBesideItTellingOfTheSameEvent()
    {
        var answer = Converse("Why did the group target the harbour office?", "when did it happen?");

        Assert.Contains("July 15", answer.Text);
    }

    [Theory]
    [InlineData("What did Jane Roe say about the harbour?", "On what date did she first say that?")]
    [InlineData("How much money will the parliament lend to Port Alder?", "Which month was that?")]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheSentenceShownGivesNoSuchDate(string first, string followUp)
    {
        var answer = Converse(first, followUp);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Theory]
    [InlineData("Who is saying this?")]
    [InlineData("who said that?")]
    public void Ask_NamesWhoSaidIt_WhenTheLastAnswerToldTheSentenceInOtherWords(string followUp)
    {
        var answer = Converse("Why has Greenwick seized the chance to export oysters?", followUp);

        Assert.Contains("Tom Hale", answer.Text);
    }

    [Theory]
    [InlineData("And what did Jane Roe do the next day?")]
    [InlineData("what did the mayor do the day after that?")]
    public void Ask_TellsWhatFollowed_WhenAskedOfATimeCountedFromTheSentenceShown(string followUp)
    {
        var answer = Converse("What did the harbour council do on July 2?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("plead", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotTellWhatFollowed_WhenItIsAboutSomeoneElse()
    {
        var answer = Converse("What did the harbour council do on July 2?", "what did the co-operative do the next day?");

        Assert.DoesNotContain("plead", answer.Text);
    }

    [Fact]
    public void Ask_GivesTheReasonInTheSentenceShown_WhenAskedWhyOfIt()
    {
        var answer = Converse("Did the co-operative spend more on boats?", "why?");

        Assert.Contains("falling catches", answer.Text);
    }
}
