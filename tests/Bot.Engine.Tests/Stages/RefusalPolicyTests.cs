using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// The refusal policy on hand-made questions: words no article uses are the point of the question when they are
/// a name, an attribute, all the question has, or part of a yes/no claim; otherwise they are phrasing, set aside.
/// </summary>
public sealed class RefusalPolicyTests
{
    /// <summary>A question whose other words are these known stems, then the stems of these foreign words.</summary>
    private static ParsedQuestion Question(Intent intent, string known, string foreign, string entities = "", string? ending = null) => new()
    {
        Words = "",
        Tokens = ["x"],
        Intent = intent,
        Entities = Split(entities),
        Residual = [.. Split(known), .. Split(foreign).Select(Stemmer.Stem)],
        Foreign = Split(foreign),
        ForeignStems = Split(foreign).ConvertAll(Stemmer.Stem),
        ForeignEnding = ending,
    };

    private static List<string> Split(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    [Theory]
    [InlineData(nameof(Intent.Why), "refus", "")]
    [InlineData(nameof(Intent.Position), "dredg harbour", "")]
    [InlineData(nameof(Intent.About), "", "poem")]
    [InlineData(nameof(Intent.Help), "", "poem")]
    [InlineData(nameof(Intent.Author), "", "hobbies")]
    [InlineData(nameof(Intent.Source), "", "poem")]
    [InlineData(nameof(Intent.Captions), "", "sunset")]
    public void Decide_AnswersTheQuestionUnchanged_WhenNothingIsForeignOrItAsksAboutTheArticleItself(string intent, string known, string foreign)
    {
        var q = Question(Enum.Parse<Intent>(intent), known, foreign, ending: foreign.Length > 0 ? foreign : null) with { ForeignNames = Split(foreign) };

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
        Assert.Same(q, decision.Question);
    }

    [Theory]
    [InlineData(nameof(Intent.Position), "Putin")]
    [InlineData(nameof(Intent.Who), "Smith")]
    [InlineData(nameof(Intent.Why), "chinese")]
    [InlineData(nameof(Intent.YesNo), "Putin")]
    public void Decide_RefusesWithOnlyTheName_WhenTheQuestionNamesSomeoneNoArticleMentions(string intent, string name)
    {
        var q = Question(Enum.Parse<Intent>(intent), "dredg", $"{name.ToLowerInvariant()} population", "greenwick") with { ForeignNames = [name] };

        var decision = RefusalPolicy.Decide(q);

        Assert.True(decision.Refused);
        Assert.Equal([name], decision.Missing);
    }

    [Theory]
    [InlineData("population", "population")]
    [InlineData("age old", "age old")]
    [InlineData("vibe hometown", "hometown")]
    public void Decide_RefusesWithTheAttribute_WhenTheQuestionAsksForOneNoArticleGives(string foreign, string missing)
    {
        var q = Question(Intent.Who, "harbour dredg refus", foreign, "greenwick");

        var decision = RefusalPolicy.Decide(q);

        Assert.Equal(missing.Split(' '), decision.Missing);
    }

    [Theory]
    [InlineData("refus dredg", "vibe")]
    [InlineData("dredg harbour plan", "cheerfully")]
    [InlineData("refus", "vibe cheerfully")]
    public void Decide_SetsForeignWordsAside_WhenAYesNoClaimHasOtherWordsToCheck(string known, string foreign)
    {
        var q = Question(Intent.YesNo, known, foreign, "greenwick");

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
        Assert.Equal(known.Split(' '), decision.Question.Residual);
        Assert.Equal(foreign.Split(" ").Select(Stemmer.Stem), decision.Question.SetAside);
    }

    [Theory]
    [InlineData("arrested")]
    [InlineData("vibe cheerfully")]
    public void Decide_RefusesWithEveryForeignWord_WhenAYesNoClaimHasNothingElseToCheck(string foreign)
    {
        var q = Question(Intent.YesNo, "", foreign, "greenwick");

        var decision = RefusalPolicy.Decide(q);

        Assert.Equal(foreign.Split(' '), decision.Missing);
    }

    [Theory]
    [InlineData("", "", "poem", "poem")]
    [InlineData("greenwick", "", "poem", "poem")]
    [InlineData("", "harbour", "poem", null)]
    [InlineData("", "harbour", "poem vibe", null)]
    public void Decide_RefusesWithTheForeignWords_WhenLittleElseTheArticlesUseIsAsked(string entities, string known, string foreign, string? ending)
    {
        var q = Question(Intent.General, known, foreign, entities, ending);

        var decision = RefusalPolicy.Decide(q);

        Assert.True(decision.Refused);
        Assert.Equal(foreign.Split(' '), decision.Missing);
    }

    [Theory]
    [InlineData("greenwick", "refus", "vibe", null)]
    [InlineData("greenwick", "refus", "vibe", "vibe")]
    [InlineData("", "harbour dredg", "vibe", "vibe")]
    [InlineData("greenwick roe", "harbour dredg", "nutshell", null)]
    [InlineData("greenwick", "dredg", "nutshell vibe", null)]
    public void Decide_SetsPhrasingAside_WhenTheRestOfTheQuestionIsKnown(string entities, string known, string foreign, string? ending)
    {
        var q = Question(Intent.Position, known, foreign, entities, ending);

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
        Assert.Equal(known.Split(' '), decision.Question.Residual);
        Assert.Equal(q.Entities, decision.Question.Entities);
        Assert.Equal(q.Foreign, decision.Question.Foreign);
    }

    [Fact]
    public void Decide_SetsPhrasingAside_WhenADateIsAskedAndNoStrangeWordEndsTheQuestion()
    {
        var q = Question(Intent.OnDate, "", "vibe") with { Date = new DateQuery(null, 3, 3, [0, 1]) };

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
        Assert.Empty(decision.Question.Residual);
    }

    [Fact]
    public void Decide_Refuses_WhenADateIsAskedAndAStrangeWordIsAllElseItAsks()
    {
        var q = Question(Intent.OnDate, "", "vibe", ending: "vibe") with { Date = new DateQuery(null, 3, 3, [0, 1]) };

        var decision = RefusalPolicy.Decide(q);

        Assert.Equal(["vibe"], decision.Missing);
    }

    [Theory]
    [InlineData("dated onward", "onward")]
    [InlineData("inflection points through", "through")]
    [InlineData("turning points", "points")]
    public void Decide_SetsAsideWordsChoosingWhichDatesToList_WhenATimelineIsAsked(string foreign, string ending)
    {
        var q = Question(Intent.OnDate, "", foreign, ending: ending) with { Date = new DateQuery(2014, null, null, [0]) };

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
        Assert.Empty(decision.Question.Residual);
    }

    [Fact]
    public void Decide_StillRefusesAStrangeThing_WhenATimelineOfItIsAsked()
    {
        var q = Question(Intent.OnDate, "", "inflection vaccine", ending: "vaccine") with { Date = new DateQuery(2014, null, null, [0]) };

        var decision = RefusalPolicy.Decide(q);

        Assert.Equal(["vaccine"], decision.Missing);
    }

    [Fact]
    public void Decide_AnswersWhoSomeoneIs_WhenAskedOnlyForTheirTitle()
    {
        var q = Question(Intent.General, "", "title", "hale");

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
        Assert.Empty(decision.Question.Residual);
    }

    [Theory]
    [InlineData("background")]
    [InlineData("career")]
    public void Decide_AnswersWhoSomeoneIs_WhenAskedOnlyForTheirTitleOrBackground(string word)
    {
        var q = Question(Intent.General, "", word, "hale");

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
    }

    [Fact]
    public void Decide_KeepsAnAttribute_WhenTheArticlesGiveItInOtherWords()
    {
        var q = Question(Intent.Count, "", "died") with { RestatedAttributes = ["died"], Synonymous = ["died"] };

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
        Assert.Contains("died", decision.Question.Residual);
    }

    [Theory]
    [InlineData("did roe refuse a phone call", false)]
    [InlineData("did roe refuse the phone", true)]
    public void Decide_SetsAnAttributeWordAside_WhenAClaimUsesItOnlyToDescribeAWordTheArticlesUse(string words, bool refused)
    {
        var q = Question(Intent.YesNo, "refus call", "phone", "roe") with { Tokens = words.Split(' ') };

        var decision = RefusalPolicy.Decide(q);

        Assert.Equal(refused, decision.Refused);
    }

    [Fact]
    public void Decide_Refuses_WhenAskedForTheTitleOfSomething()
    {
        var q = Question(Intent.General, "", "title", "hale") with { Words = "what is the title of hale s report" };

        var decision = RefusalPolicy.Decide(q);

        Assert.Equal(["title"], decision.Missing);
    }

    [Fact]
    public void Decide_SetsAStrangeLastWordAside_WhenTheQuestionAsksWhy()
    {
        var q = Question(Intent.Why, "", "angry", "greenwick", ending: "angry");

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
    }

    [Theory]
    [InlineData("was the plan made in minsk", false)]
    [InlineData("did minsk back the plan", true)]
    public void Decide_ChecksAPlaceOfTheWorld_WhenAClaimSaysWhereSomethingHappened(string words, bool refused)
    {
        var q = Question(Intent.YesNo, "plan", "minsk", "greenwick") with { Tokens = words.Split(' '), ForeignNames = ["Minsk"] };

        var decision = RefusalPolicy.Decide(q);

        Assert.Equal(refused, decision.Refused);
    }

    [Theory]
    [InlineData("did roe announce the plan with Nolan", false)]
    [InlineData("was roe's plan rejected by Nolan", false)]
    [InlineData("did Nolan announce the plan", true)]
    [InlineData("did roe meet Nolan", true)]
    public void Decide_ChecksANameAsADetail_WhenItFollowsAPrepositionAfterTheSubjectOfAClaim(string question, bool refused)
    {
        var decision = RefusalPolicy.Decide(QuestionParser.Parse(StageIndex.Harbour, question));

        Assert.Equal(refused, decision.Refused);
    }

    [Theory]
    [InlineData("did roe praise the fishermen of greenwick and especially Nolan", false)]
    [InlineData("did Nolan and roe dredge the harbour", true)]
    public void Decide_ChecksANameAsADetail_WhenItIsListedBesideANameTheArticlesUse(string question, bool refused) =>
        Assert.Equal(refused, RefusalPolicy.Decide(QuestionParser.Parse(StageIndex.Harbour, question)).Refused);

    [Theory]
    [InlineData("does the article say Nolan announced the plan?", "Nolan")]
    [InlineData("the article names Nolan Brandt as the mayor, correct?", "Nolan Brandt")]
    public void Decide_ChecksEveryStrangeNameAsADetail_WhenTheClaimAsksWhatTheArticleSays(string question, string detail)
    {
        var decision = RefusalPolicy.Decide(QuestionParser.Parse(StageIndex.Harbour, question));

        Assert.False(decision.Refused);
        Assert.Equal([detail], decision.Question.Details);
    }

    [Fact]
    public void Decide_KeepsTheStrangeWordsToCheck_WhenAClaimMadeOnlyOfThemAsksWhatTheArticleSays()
    {
        var q = Question(Intent.YesNo, "", "arrested", "greenwick") with { AboutArticle = true };

        var decision = RefusalPolicy.Decide(q);

        Assert.False(decision.Refused);
        Assert.Equal(q.Residual, decision.Question.Residual);
    }

    [Theory]
    [InlineData(nameof(Intent.General), "volume", false)]
    [InlineData(nameof(Intent.General), "payload range specs", true)]
    [InlineData(nameof(Intent.YesNo), "interview", true)]
    public void Decide_CountsANameTheArticleWritesAsNamingSomething_WhenAtMostOneStrangeWordIsAskedOfIt(string intent, string foreign, bool refused)
    {
        var q = Question(Enum.Parse<Intent>(intent), "woeroon", foreign, ending: foreign.Split(' ')[^1]) with { ArticleNames = ["woeroon"] };

        var decision = RefusalPolicy.Decide(q);

        Assert.Equal(refused, decision.Refused);
    }

    [Theory]
    [InlineData("what did roe and hale negotiate about the harbour?", "negotiate")]
    [InlineData("what sentence was hale handed for the plan?", "handed")]
    [InlineData("what did greenwick reject?", null)]
    [InlineData("what did hale say about the harbour?", null)]
    [InlineData("what does the writer attach to the plan?", null)]
    [InlineData("what did roe hope to show with the plan?", null)]
    [InlineData("which plans were handed to the council?", null)]
    [InlineData("which plan did governor roe announce?", null)]
    [InlineData("what part did greenwick play in the plan?", "play")]
    public void Decide_RefusesWithTheVerb_WhenAWhatQuestionAsksOfAnEventNoArticleReports(string question, string? missing)
    {
        var decision = RefusalPolicy.Decide(QuestionParser.Parse(StageIndex.Harbour, question));

        Assert.Equal(missing is null ? [] : [missing], decision.Missing);
    }
}
