using Bot.Engine.Query;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// Resolving hand-made questions against conversation states on the harbour article: pronouns (nearest referent
/// first), shared first names, "and X?", bare "why?", and the author as a frame rather than a subject.
/// </summary>
public sealed class ContextResolverTests
{
    private static readonly IndexedFact Explanation = Fact("why-greenwick-refused");

    /// <summary>"tom": the first name Tom Hale and Tom Baker share.</summary>
    private static readonly Mention Tom = new(2, 1, ["hale", "tom-baker"]);

    private static ConversationState Spoken(string entities) => ConversationState.Empty.Remember(entities.Split(' '));

    private static IReadOnlyList<ParsedQuestion> Resolve(ParsedQuestion q, ConversationState state) => ContextResolver.Resolve(q, state, Harbour);

    private static string Readings(IReadOnlyList<ParsedQuestion> readings) => string.Join(" | ", readings.Select(r => string.Join(' ', r.Entities)));

    [Fact]
    public void Resolve_AsksAboutWhatWasLastAsked_WhenAPronounHasNoOneToStandFor()
    {
        var q = Question("who got them", Intent.Who, new Mention(2, 1, [], "plural"));

        var reading = Resolve(q, ConversationState.Empty with { LastResidual = ["oyst", "bed"] }).Single();

        Assert.Equal(["oyst", "bed"], reading.Residual);
    }

    [Theory]
    [InlineData(nameof(Intent.General), "plan", nameof(Intent.Who), "plan writ")]
    [InlineData(nameof(Intent.About), "", nameof(Intent.Author), "writ")]
    [InlineData(nameof(Intent.Author), "", nameof(Intent.Author), "writ")]
    public void Resolve_AsksWhoWroteTheThingJustAskedAbout_WhenItWasNoQuestionAboutTheArticle(string lastIntent, string lastResidual, string intent, string residual)
    {
        var q = Question("who wrote it", Intent.Author, new Mention(2, 1, [], "thing")) with { Residual = ["writ"] };
        var state = ConversationState.Empty with { LastIntent = Enum.Parse<Intent>(lastIntent), LastResidual = lastResidual.Split(' ', StringSplitOptions.RemoveEmptyEntries) };

        var reading = Resolve(q, state)[0];

        Assert.Equal(intent, reading.Intent.ToString());
        Assert.Equal(residual, string.Join(' ', reading.Residual));
    }

    [Fact]
    public void Resolve_KeepsTheByline_WhenTheLastQuestionWasAboutAnActor()
    {
        var q = Question("who wrote it", Intent.Author, new Mention(2, 1, [], "thing")) with { Residual = ["writ"] };
        var state = Spoken("greenwick") with { LastIntent = Intent.Position, LastEntities = ["greenwick"], LastResidual = ["plan"] };

        Assert.Equal(Intent.Author, Resolve(q, state)[0].Intent);
    }

    [Theory]
    [InlineData("what did he say", "male", "hale roe tom-baker", "hale | tom-baker")]
    [InlineData("what did he say", "male", "tom-baker greenwick hale", "tom-baker | hale")]
    [InlineData("what did she say", "female", "hale roe ortiz", "roe | ortiz")]
    [InlineData("what did she say", "female", "roe hale", "roe")]
    [InlineData("what do they want", "plural", "hale greenwick port-alder", "greenwick | port-alder")]
    [InlineData("what does it do", "thing", "dredging roe", "dredging")]
    public void Resolve_GivesOneReadingPerReferentNearestFirst_WhenAPronounFitsSeveral(string words, string pronoun, string spoken, string expected)
    {
        var q = Question(words, Intent.SpeakerSaid, new Mention(2, 1, [], pronoun));

        var readings = Resolve(q, Spoken(spoken));

        Assert.Equal(expected, Readings(readings));
        Assert.All(readings, r => Assert.Null(r.Unresolved));
    }

    [Theory]
    [InlineData("what did he say", "male", "", "he")]
    [InlineData("what did he say", "male", "roe greenwick", "he")]
    [InlineData("what did she say", "female", "hale tom-baker", "she")]
    [InlineData("what did his town say", "male", "ortiz", "his")]
    [InlineData("what do they want", "plural", "", null)]
    [InlineData("what does it mean", "thing", "", null)]
    public void Resolve_MarksThePronounUnresolved_WhenNoPersonOfThatKindWasSpokenOf(string words, string pronoun, string spoken, string? expected)
    {
        var state = spoken.Length == 0 ? ConversationState.Empty : Spoken(spoken);

        var reading = Assert.Single(Resolve(Question(words, Intent.SpeakerSaid, new Mention(2, 1, [], pronoun)), state));

        Assert.Equal(expected, reading.Unresolved);
        Assert.Empty(reading.Entities);
    }

    [Theory]
    [InlineData("", true, "")]
    [InlineData("roe greenwick", true, "")]
    [InlineData("greenwick tom-baker", false, "tom-baker")]
    [InlineData("hale", false, "hale")]
    public void Resolve_SettlesASharedFirstName_OnlyFromWhoWasSpokenOf(string spoken, bool ambiguous, string entities)
    {
        var state = spoken.Length == 0 ? ConversationState.Empty : Spoken(spoken);

        var reading = Assert.Single(Resolve(Question("what did tom say", Intent.SpeakerSaid, Tom), state));

        Assert.Equal(entities, string.Join(' ', reading.Entities));
        Assert.Equal(ambiguous ? Tom : null, reading.Ambiguous);
    }

    [Fact]
    public void Resolve_TakesTheNearestSharerOfAFirstName_WhenBothWereSpokenOf()
    {
        var reading = Assert.Single(Resolve(Question("what did tom say", Intent.SpeakerSaid, Tom), Spoken("tom-baker hale")));

        Assert.Equal(["tom-baker"], reading.Entities);
    }

    [Theory]
    [InlineData("greenwick", nameof(Intent.Why), "port-alder dredging", "greenwick dredging")]
    [InlineData("hale", nameof(Intent.SpeakerSaid), "roe", "hale")]
    [InlineData("greenwick", nameof(Intent.Position), "roe dredging", "greenwick roe dredging")]
    [InlineData("roe", nameof(Intent.Position), "greenwick hale", "greenwick roe")]
    public void Resolve_KeepsThePreviousIntentAndSwapsTheSameKind_WhenAskedAndX(string named, string lastIntent, string lastEntities, string expected)
    {
        var q = Question("and " + named, Intent.General, new Mention(1, 1, [named])) with { FollowUpShape = true };
        var state = ConversationState.Empty with { LastIntent = Enum.Parse<Intent>(lastIntent), LastEntities = lastEntities.Split(' '), LastResidual = ["refus"] };

        var reading = Assert.Single(Resolve(q, state));

        Assert.True(reading.FollowUp);
        Assert.Equal(lastIntent, reading.Intent.ToString());
        Assert.Equal(expected, string.Join(' ', reading.Entities));
        Assert.Equal(["refus"], reading.Residual);
    }

    [Fact]
    public void Resolve_KeepsTheNewWords_WhenAndXBringsItsOwn()
    {
        var q = Question("and greenwick fishing", Intent.General, new Mention(1, 1, ["greenwick"])) with { FollowUpShape = true, Residual = ["fish"] };
        var state = ConversationState.Empty with { LastIntent = Intent.Why, LastEntities = ["port-alder"], LastResidual = ["refus"] };

        var reading = Assert.Single(Resolve(q, state));

        Assert.Equal(["greenwick"], reading.Entities);
        Assert.Equal(["fish"], reading.Residual);
    }

    [Theory]
    [InlineData(nameof(Intent.General), nameof(Intent.General))]
    [InlineData(nameof(Intent.Who), nameof(Intent.Why))]
    public void Resolve_IsNoFollowUp_WhenTheQuestionHasItsOwnIntentOrTheLastHadNone(string intent, string lastIntent)
    {
        var q = Question("and greenwick", Enum.Parse<Intent>(intent), new Mention(1, 1, ["greenwick"])) with { FollowUpShape = true };
        var state = ConversationState.Empty with { LastIntent = Enum.Parse<Intent>(lastIntent), LastEntities = ["port-alder"] };

        var reading = Assert.Single(Resolve(q, state));

        Assert.False(reading.FollowUp);
        Assert.Equal(intent, reading.Intent.ToString());
        Assert.Equal(["greenwick"], reading.Entities);
    }

    [Theory]
    [InlineData("why", nameof(Intent.Why))]
    [InlineData("why so", nameof(Intent.Why))]
    [InlineData("when was that", nameof(Intent.When))]
    [InlineData("who disagrees", nameof(Intent.Opponents))]
    public void Resolve_LacksContext_WhenAQuestionOnlyPointsBackInANewChat(string words, string intent)
    {
        var reading = Assert.Single(Resolve(Question(words, Enum.Parse<Intent>(intent)) with { Residual = words is "who disagrees" ? ["disagre"] : [] }, ConversationState.Empty));

        Assert.True(reading.LacksContext);
        Assert.Empty(reading.Entities);
        Assert.Null(reading.ContextFact);
    }

    [Fact]
    public void Resolve_KeepsAQuotationToLookFor_WhenItsWordsAreTooCommonToCountInANewChat()
    {
        var q = Question("who said there is not much we can do", Intent.WhoSaid) with { Quoted = "there's not much we can do" };

        var reading = Assert.Single(Resolve(q, ConversationState.Empty));

        Assert.False(reading.LacksContext);
    }

    [Theory]
    [InlineData("why", nameof(Intent.Why))]
    [InlineData("when was that", nameof(Intent.When))]
    public void Resolve_TakesTheLastSubjectAndFact_WhenAQuestionOnlyPointsBack(string words, string intent)
    {
        var state = ConversationState.Empty with { LastEntities = ["greenwick"], LastFact = Explanation };

        var reading = Assert.Single(Resolve(Question(words, Enum.Parse<Intent>(intent)), state));

        Assert.False(reading.LacksContext);
        Assert.Equal(["greenwick"], reading.Entities);
        Assert.Same(Explanation, reading.ContextFact);
    }

    [Theory]
    [InlineData("how many", nameof(Intent.Count))]
    [InlineData("what is in the photo", nameof(Intent.Captions))]
    [InlineData("hello there", nameof(Intent.General))]
    [InlineData("tell me more", nameof(Intent.More))]
    public void Resolve_DoesNotLackContext_WhenTheQuestionNeedsNoEarlierSubject(string words, string intent) =>
        Assert.False(Assert.Single(Resolve(Question(words, Enum.Parse<Intent>(intent)), ConversationState.Empty)).LacksContext);

    [Theory]
    [InlineData("date", true, nameof(Intent.When))]
    [InlineData("timing", true, nameof(Intent.When))]
    [InlineData("date", false, nameof(Intent.General))]
    public void Resolve_AsksWhen_WhenATimeWordAloneFollowsAnAnswer(string words, bool answered, string intent)
    {
        var state = answered ? ConversationState.Empty with { LastEntities = ["greenwick"], LastFact = Explanation } : ConversationState.Empty;

        var reading = Assert.Single(Resolve(Question(words, Intent.General), state));

        Assert.Equal(intent, reading.Intent.ToString());
    }

    [Theory]
    [InlineData("how does the author see dredging", nameof(Intent.Position), "dredging")]
    [InlineData("who is the author of dredging", nameof(Intent.Author), "ortiz dredging")]
    [InlineData("who is the author of dredging", nameof(Intent.Who), "ortiz dredging")]
    public void Resolve_SetsTheAuthorAside_OnlyWhenItFramesAnotherSubject(string words, string intent, string expected)
    {
        var q = Question(words, Enum.Parse<Intent>(intent), new Mention(2, 2, ["ortiz"]), new Mention(5, 1, ["dredging"]));

        var reading = Assert.Single(Resolve(q, ConversationState.Empty));

        Assert.Equal(expected, string.Join(' ', reading.Entities));
    }

    [Theory]
    [InlineData("", "ortiz")]
    [InlineData("fish", "")]
    public void Resolve_TakesTheAuthorAsTheSubject_OnlyWhenNothingElseIsAsked(string residual, string expected)
    {
        var q = Question("what does the author think", Intent.Position, new Mention(2, 2, ["ortiz"])) with { Residual = residual.Split(' ', StringSplitOptions.RemoveEmptyEntries) };

        var reading = Assert.Single(Resolve(q, ConversationState.Empty with { LastEntities = ["hale"] }));

        Assert.Equal(expected, string.Join(' ', reading.Entities));
    }

    [Fact]
    public void Resolve_TakesItAsTheThingSpokenOf_WhenTheQuestionAlreadyNamesAnActor()
    {
        var q = Question("what does roe think about it", Intent.Position, new Mention(2, 1, ["roe"]), new Mention(5, 1, [], "thing"));

        var reading = Resolve(q, Spoken("greenwick dredging"))[0];

        Assert.Equal(["roe", "dredging"], reading.Entities);
    }

    [Theory]
    [InlineData("who backed those rules", "harbour-rules greenwick")]
    [InlineData("who opposed the same rules", "greenwick harbour-rules")]
    public void Resolve_FindsTheThingLastSpokenOf_WhenAPointingWordComesBeforeANounInItsName(string words, string spoken)
    {
        var state = Spoken(spoken).Remember(["hale"]);

        var reading = Resolve(Question(words, Intent.Who), state)[0];

        Assert.Contains("harbour-rules", reading.Entities);
    }

    [Theory]
    [InlineData("where did that plan start", nameof(Intent.General), true)]
    [InlineData("where did this dredging begin", nameof(Intent.General), true)]
    [InlineData("where did that vote happen", nameof(Intent.General), false)]
    [InlineData("did that plan fail", nameof(Intent.YesNo), false)]
    public void Resolve_AsksAboutTheSentenceShown_WhenAPointingWordSinglesOutSomethingItSpeaksOf(string words, string intent, bool onSentence)
    {
        var shown = Harbour.Sentences.Single(s => s.Sentence.Text.StartsWith("On March 3", StringComparison.Ordinal));

        var reading = Resolve(Question(words, Enum.Parse<Intent>(intent)), ConversationState.Empty with { LastSentence = shown })[0];

        Assert.Equal(onSentence ? shown : null, reading.ContextSentence);
    }

    [Theory]
    [InlineData("Greenwick's council leader", true)]
    [InlineData("On March 3", false)]
    public void Resolve_AsksWhoSaidTheSentenceShown_OnlyWhenItReportsSomeoneSayingIt(string opening, bool onSentence)
    {
        var shown = Harbour.Sentences.Single(s => s.Sentence.Text.StartsWith(opening, StringComparison.Ordinal));

        var reading = Resolve(Question("who said that", Intent.WhoSaid), ConversationState.Empty with { LastSentence = shown })[0];

        Assert.Equal(onSentence ? shown : null, reading.ContextSentence);
    }

    [Theory]
    [InlineData("how many people was that", nameof(Intent.Count), "oyst bed")]
    [InlineData("how many people are named", nameof(Intent.Count), "")]
    [InlineData("who said that", nameof(Intent.WhoSaid), "")]
    public void Resolve_CountsWhatWasLastAsked_WhenACountPointsBackAndNamesNothing(string words, string intent, string expected)
    {
        var reading = Resolve(Question(words, Enum.Parse<Intent>(intent)), ConversationState.Empty with { LastResidual = ["oyst", "bed"] })[0];

        Assert.Equal(expected, string.Join(' ', reading.Residual));
    }

    [Theory]
    [InlineData("what does greenwick want", "", "roe dredging", "greenwick dredging | greenwick")]
    [InlineData("greenwick counter position", "", "roe dredging", "greenwick dredging | greenwick")]
    [InlineData("greenwick counter position", "", "port-alder harbour-rules hale", "greenwick harbour-rules | greenwick")]
    [InlineData("what does greenwick want", "", "roe hale", "greenwick")]
    [InlineData("what does greenwick want", "", "greenwick dredging", "greenwick")]
    [InlineData("what does greenwick think of fish", "fish", "roe dredging", "greenwick")]
    public void Resolve_AsksTheNewHoldersViewOfTheLastTopicFirst_WhenAStanceQuestionNamesNoTopic(string words, string residual, string lastEntities, string expected)
    {
        var q = Question(words, Intent.Position, new Mention(words.StartsWith("what", StringComparison.Ordinal) ? 2 : 0, 1, ["greenwick"]))
            with { Residual = residual.Split(' ', StringSplitOptions.RemoveEmptyEntries) };
        var state = Spoken(lastEntities) with { LastIntent = Intent.Position, LastEntities = lastEntities.Split(' ') };

        Assert.Equal(expected, Readings(Resolve(q, state)));
    }

    [Theory]
    [InlineData(nameof(Intent.Position), "fish")]
    [InlineData(nameof(Intent.When), "")]
    public void Resolve_TakesTheLastWords_OnlyWhenTheLastQuestionAskedAViewToo(string lastIntent, string expected)
    {
        var q = Question("what does greenwick want", Intent.Position, new Mention(2, 1, ["greenwick"]));
        var state = ConversationState.Empty with { LastIntent = Enum.Parse<Intent>(lastIntent), LastEntities = ["roe", "dredging"], LastResidual = ["fish", "think"] };

        Assert.Equal(expected, string.Join(' ', Resolve(q, state)[0].Residual));
    }

    [Theory]
    // A heading of nouns under the subject last spoken of, then the words alone.
    [InlineData("dredging cost", "dredging", "greenwick | ")]
    [InlineData("fleet size", "fleet siz", "greenwick | ")]
    // A question of its own, too many words for a heading, or nothing yet spoken of: the words alone.
    [InlineData("what is the dredging cost", "dredging cost", "")]
    [InlineData("dredging cost for fishing boats in winter", "dredging cost fish boat winter", "")]
    public void Resolve_ReadsAHeadingOfNounsUnderTheLastSubjectFirst_WhenItNamesNoOne(string words, string residual, string expected)
    {
        var q = Question(words, Intent.General) with { Residual = residual.Split(' ') };

        Assert.Equal(expected, Readings(Resolve(q, Spoken("greenwick roe"))));
    }

    [Fact]
    public void Resolve_ReadsAHeadingAsItStands_WhenNothingWasSpokenOf()
    {
        var q = Question("dredging cost", Intent.General) with { Residual = ["dredging"] };

        Assert.Equal("", Readings(Resolve(q, ConversationState.Empty)));
    }

    [Theory]
    // The last question asked about words and named no thing: "it" is those words, whoever else was spoken of before.
    [InlineData("when does it start", "start", "", "levy", "", "levy start")]
    [InlineData("what did he say about it", "", "hale", "oyst bed", "hale", "oyst bed")]
    // The last question named a thing "it" can stand for, or asked in no words: "it" is bound as before.
    [InlineData("when does it start", "start", "greenwick", "levy", "dredging", "start")]
    [InlineData("when does it start", "start", "", "", "dredging", "start")]
    public void Resolve_ReadsItAsTheLastQuestionsWords_WhenThatQuestionNamedNoThing(string words, string residual, string lastEntities, string lastResidual, string entities, string expected)
    {
        var it = words.Split(' ').ToList().IndexOf("it");
        Mention[] mentions = words.Contains(" he ", StringComparison.Ordinal) ? [new(2, 1, [], "male"), new(it, 1, [], "thing")] : [new(it, 1, [], "thing")];
        var q = Question(words, Intent.General, mentions) with { Residual = residual.Split(' ', StringSplitOptions.RemoveEmptyEntries) };
        var state = Spoken("dredging hale") with
        {
            LastEntities = lastEntities.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            LastResidual = lastResidual.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };

        var reading = Resolve(q, state)[0];

        Assert.Equal(entities, string.Join(' ', reading.Entities));
        Assert.Equal(expected, string.Join(' ', reading.Residual));
    }

    [Theory]
    // "it" read as the last question's words: the reading where it stood for nothing ("when does start?") is dropped.
    [InlineData("", "levy start")]
    // "it" bound to a thing named before: that reading stays beside the words.
    [InlineData("dredging", "levy start | start")]
    public void Resolve_DropsTheReadingWhereItStoodForNothing_WhenItIsReadAsTheLastQuestionsWords(string spoken, string expected)
    {
        var q = Question("when does it start", Intent.General, new Mention(2, 1, [], "thing")) with { Residual = ["start"] };
        var state = (spoken.Length == 0 ? ConversationState.Empty : Spoken(spoken)) with { LastEntities = [], LastResidual = ["levy"] };

        var readings = Resolve(q, state);

        Assert.Equal(expected, string.Join(" | ", readings.Select(r => string.Join(' ', r.Residual))));
    }
}
