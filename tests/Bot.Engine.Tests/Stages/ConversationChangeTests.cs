using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>What one answer changes in its conversation: answered replies move it on, others only leave a pending clarification.</summary>
public sealed class ConversationChangeTests
{
    private static readonly Clarification WhichTom = new("what did tom say", ["hale", "tom-baker"]);

    private static readonly ConversationState Before = ConversationState.Empty.Remember(["greenwick"]) with
    {
        LastIntent = Intent.Why,
        LastEntities = ["greenwick"],
        LastResidual = ["refus"],
        Pending = WhichTom,
    };

    private static ParsedQuestion Asked(Intent intent, params string[] entities) => Question("x", intent) with { Entities = entities, Residual = ["dredg"] };

    private static Reply Replied(AnswerStatus status) => new(new Answer(status, "text", [], []));

    [Fact]
    public void ApplyTo_MovesTheConversationOn_WhenTheReplyAnswered()
    {
        var reply = Replied(AnswerStatus.Answered) with
        {
            Fact = Fact("hale-argument"),
            More = [Fact("plan-announced"), Fact("plan-rejected")],
            Subjects = ["dredging", "roe"],
        };

        var after = new ConversationChange(Asked(Intent.Position, "roe"), reply).ApplyTo(Before, Harbour);

        Assert.Equal(Intent.Position, after.LastIntent);
        Assert.Equal(["dredg"], after.LastResidual);
        Assert.Equal(["roe", "dredging"], after.LastEntities);
        Assert.Same(reply.Fact, after.LastFact);
        Assert.Equal(["plan-announced", "plan-rejected"], after.More.Select(f => f.Fact.Id));
        Assert.Null(after.Pending);
        Assert.Equal(["roe", "dredging", "hale", "greenwick"], after.Entities.ToArray());
    }

    [Fact]
    public void ApplyTo_EmptiesMoreAndFact_WhenTheAnswerRestedOnNoFact()
    {
        var state = Before with { More = [Fact("plan-announced")], LastFact = Fact("plan-rejected") };

        var after = new ConversationChange(Asked(Intent.About), Replied(AnswerStatus.Answered)).ApplyTo(state, Harbour);

        Assert.Empty(after.More);
        Assert.Null(after.LastFact);
        Assert.Empty(after.LastEntities);
        Assert.Equal(["greenwick"], after.Entities.ToArray());
    }

    [Theory]
    [InlineData(nameof(Intent.WhoSaid), "hale dredging greenwick")]
    [InlineData(nameof(Intent.Who), "hale dredging greenwick")]
    [InlineData(nameof(Intent.Supporters), "hale dredging greenwick")]
    [InlineData(nameof(Intent.Opponents), "hale dredging greenwick")]
    [InlineData(nameof(Intent.Position), "dredging hale greenwick")]
    [InlineData(nameof(Intent.SpeakerSaid), "dredging hale greenwick")]
    [InlineData(nameof(Intent.Why), "dredging hale greenwick")]
    public void ApplyTo_PutsWhomTheAnswerIsAboutFirst_WhenTheQuestionAskedWho(string intent, string expected)
    {
        var reply = Replied(AnswerStatus.Answered) with { Fact = Fact("hale-argument") };

        var after = new ConversationChange(Asked(Enum.Parse<Intent>(intent), "dredging"), reply).ApplyTo(Before, Harbour);

        Assert.Equal(expected, string.Join(' ', after.Entities));
    }

    [Fact]
    public void ApplyTo_PutsWhomTheQuestionAskedAboutFirst_WhenItAskedWhoSomeoneIs()
    {
        var reply = Replied(AnswerStatus.Answered) with { Fact = Fact("hale-argument") };

        var after = new ConversationChange(Asked(Intent.Who, "tom-baker") with { Residual = [] }, reply).ApplyTo(Before, Harbour);

        Assert.Equal("tom-baker hale greenwick", string.Join(' ', after.Entities));
    }

    [Fact]
    public void ApplyTo_RemembersOnlyActorsTheAnswerWasAbout_WhenItsFactIsAlsoAboutATopic()
    {
        var reply = Replied(AnswerStatus.Answered) with { Fact = Fact("roe-on-dredging") };

        var after = new ConversationChange(Asked(Intent.Supporters), reply).ApplyTo(ConversationState.Empty, Harbour);

        Assert.Equal(["roe"], after.Entities.ToArray());
    }

    [Fact]
    public void ApplyTo_LeavesTheConversationAsItWas_WhenTheReplyAsksWhichOneWasMeant()
    {
        var pending = new Clarification("who is tom", ["hale", "tom-baker"]);
        var reply = Replied(AnswerStatus.Clarify) with { Fact = Fact("hale-argument"), Subjects = ["hale"], More = [Fact("plan-announced")], Pending = pending };

        var after = new ConversationChange(Asked(Intent.WhoSaid, "roe"), reply).ApplyTo(Before, Harbour);

        Assert.Equal(Before with { Pending = pending }, after);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ApplyTo_MakesTheUnansweredQuestionTheLastOne_WithNoFactOrSentenceToPointBackAt(bool asks)
    {
        var pending = asks ? new Clarification("who is tom", ["hale", "tom-baker"]) : null;
        var state = Before with { LastFact = Fact("plan-rejected"), LastSentence = Harbour.Sentences[0], More = [Fact("plan-announced")] };
        var reply = Replied(AnswerStatus.Unknown) with { Fact = Fact("hale-argument"), Subjects = ["hale"], More = [Fact("plan-announced")], Pending = pending };

        var after = new ConversationChange(Asked(Intent.WhoSaid, "roe"), reply).ApplyTo(state, Harbour);

        Assert.Equal(Before.Remember(["roe"]).Entities.ToArray(), after.Entities.ToArray());
        Assert.Equal(Intent.WhoSaid, after.LastIntent);
        Assert.Equal(["dredg"], after.LastResidual);
        Assert.Equal(["roe"], after.LastEntities);
        Assert.Null(after.LastFact);
        Assert.Null(after.LastSentence);
        Assert.Empty(after.More);
        Assert.Equal(pending, after.Pending);
        Assert.Same(Harbour.Sentences[0], after.ReadBeforeUnanswered);
    }

    [Theory]
    [InlineData]
    [InlineData("greenwick")]
    public void ApplyTo_LeavesTheLastAnswerInPlace_WhenTheUnansweredQuestionNamedNothingNew(params string[] entities)
    {
        var state = Before with { LastFact = Fact("plan-rejected"), LastSentence = Harbour.Sentences[0] };

        var after = new ConversationChange(Asked(Intent.YesNo, entities), Replied(AnswerStatus.Unknown)).ApplyTo(state, Harbour);

        Assert.Same(state.LastFact, after.LastFact);
        Assert.Same(state.LastSentence, after.LastSentence);
        Assert.Equal(Intent.Why, after.LastIntent);
        Assert.Equal(["greenwick"], after.LastEntities);
        Assert.Null(after.Pending);
    }

    [Fact]
    public void ApplyTo_KeepsTheSentenceReadBeforeUnansweredQuestions_UntilAQuestionIsAnswered()
    {
        var state = Before with { LastSentence = Harbour.Sentences[0] };

        var once = new ConversationChange(Asked(Intent.Who, "roe"), Replied(AnswerStatus.Unknown)).ApplyTo(state, Harbour);
        var twice = new ConversationChange(Asked(Intent.When, "tom-baker"), Replied(AnswerStatus.Unknown)).ApplyTo(once, Harbour);
        var answered = new ConversationChange(Asked(Intent.When), Replied(AnswerStatus.Answered)).ApplyTo(twice, Harbour);

        Assert.Same(Harbour.Sentences[0], twice.ReadBeforeUnanswered);
        Assert.Null(answered.ReadBeforeUnanswered);
    }

    [Fact]
    public void ApplyTo_RemembersTheActorsTheQuotedSentenceNames_WhenTheAnswerRestedOnNoFact()
    {
        var reply = new Reply(new Answer(AnswerStatus.Answered, "text", [new Bot.Engine.Model.Evidence("harbour-dispute", 3, "Greenwick's council leader, Tom Hale, argued")], []));

        var after = new ConversationChange(Asked(Intent.WhoSaid), reply).ApplyTo(ConversationState.Empty, Harbour);

        Assert.Contains("hale", after.Entities);
    }

    [Theory]
    [InlineData("The article says: \"Greenwick's council leader, Tom Hale, argued that the harbour should be left as it is.\"", "greenwick hale")]
    [InlineData("Greenwick's council leader argued for leaving the harbour.", "greenwick")]
    public void ApplyTo_RemembersThePeopleTheShownSentenceNames_WhenTheFactDeclaresOnlyOthers(string text, string expected)
    {
        var said = Replies.Evidence(Harbour.Sentences.Single(s => s.Sentence.Text.Contains("Tom Hale", StringComparison.Ordinal)));
        var reply = new Reply(new Answer(AnswerStatus.Answered, text, [said], [])) { Fact = Fact("plan-rejected") };

        var after = new ConversationChange(Asked(Intent.Who), reply).ApplyTo(ConversationState.Empty, Harbour);

        Assert.Equal(expected, string.Join(' ', after.Entities));
    }

    [Theory]
    [InlineData("YesNo", "", "greenwick hale")]
    [InlineData("YesNo", "roe", "roe greenwick hale")]
    [InlineData("YesNo", "greenwick", "greenwick hale")]
    [InlineData("Who", "roe", "greenwick hale roe")]
    public void ApplyTo_KeepsWhomTheLikeliestReadingMeant_WhenAnotherReadingAnswered(string intent, string meant, string expected)
    {
        var said = Replies.Evidence(Harbour.Sentences.Single(s => s.Sentence.Text.Contains("Tom Hale", StringComparison.Ordinal)));
        var reply = new Reply(new Answer(AnswerStatus.Answered, "text", [said], []));
        var change = new ConversationChange(Asked(Enum.Parse<Intent>(intent)), reply) { Meant = meant.Split(' ', StringSplitOptions.RemoveEmptyEntries) };

        var after = change.ApplyTo(ConversationState.Empty, Harbour);

        Assert.Equal(expected, string.Join(' ', after.Entities));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void ApplyTo_PointsNextAtTheLastSentenceOfAPassage_OnlyWhenTheAnswerShowedSentencesInARow(int gap, bool singled)
    {
        var first = Harbour.Sentences[0];
        var then = Harbour.Beside(first, gap)!;
        var text = $"The article says: \"{first.Sentence.Text}\" It goes on: \"{then.Sentence.Text}\"";
        var reply = new Reply(new Answer(AnswerStatus.Answered, text, [Replies.Evidence(first), Replies.Evidence(then)], []));

        var after = new ConversationChange(Asked(Intent.Why), reply).ApplyTo(ConversationState.Empty, Harbour);

        Assert.Equal(singled ? then : null, after.LastSentence);
    }

    [Fact]
    public void ApplyTo_KeepsAtMostTheEntityCap_WhenAnAnswerBringsUpMany()
    {
        var reply = Replied(AnswerStatus.Answered) with { Subjects = ["a", "b", "c", "d"] };

        var after = new ConversationChange(Asked(Intent.Compare, "e", "f", "g", "h"), reply).ApplyTo(Before, Harbour);

        Assert.Equal(["e", "f", "g", "h", "a", "b"], after.Entities.ToArray());
        Assert.Equal(ConversationState.MaxEntities, after.Entities.Length);
    }

    [Theory]
    [InlineData("", "roe hale", "roe hale")]
    [InlineData("greenwick roe port-alder", "hale roe", "hale roe greenwick port-alder")]
    [InlineData("a b c d e f", "g", "g a b c d e")]
    [InlineData("a b c", "d e f g h i j", "d e f g h i")]
    [InlineData("a b", "c c a", "c a b")]
    public void Remember_PutsNewEntitiesFirstAndCapsTheList_ForEachState(string before, string spoken, string expected)
    {
        var state = ConversationState.Empty.Remember(before.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var after = state.Remember(spoken.Split(' '));

        Assert.Equal(expected, string.Join(' ', after.Entities));
    }
}
