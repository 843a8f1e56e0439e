using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>Taking questions about the harbour article apart: names, other words, words no article uses, dates, cues.</summary>
public sealed class QuestionParserTests
{
    private static ParsedQuestion Parse(string text) => QuestionParser.Parse(Harbour, text);

    private static string Joined(IEnumerable<string> words) => string.Join(' ', words);

    [Theory]
    [InlineData("greenwick rejected the plan, didn't it?", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan, RIGHT ?? ", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan, yes?", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan - confirm.", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan, is true?", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan. Accurate?", "greenwick rejected the plan.?")]
    [InlineData("greenwick rejected the plan, didn't they", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan, no", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan, is that true?", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan, didn't it!", "greenwick rejected the plan, didn't it!")]
    [InlineData("greenwick rejected the plan, ok?", "greenwick rejected the plan, ok?")]
    [InlineData("greenwick rejected the plan, bright?", "greenwick rejected the plan, bright?")]
    [InlineData("greenwick rejected the plan, éit?", "greenwick rejected the plan, éit?")]
    [InlineData("Greenwick rejected the plan? Y/N.", "Greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan (yes/no)", "greenwick rejected the plan?")]
    [InlineData("greenwick rejected the plan, true or false?", "greenwick rejected the plan?")]
    [InlineData("was it greenwick or port alder?", "was it greenwick or port alder?")]
    [InlineData("greenwick rejected the plan in may yeah", "greenwick rejected the plan in may?")]
    [InlineData("greenwick rejected the plan, yep?", "greenwick rejected the plan?")]
    [InlineData("yeah", "yeah")]
    public void Parse_ReadsOffAQuestionTag_OnlyWhenTheQuestionEndsInOne(string text, string read) =>
        Assert.Equal(read, Parse(text).Text);

    [Theory]
    [InlineData("Why does the author argue that Greenwick rejected the plan?", nameof(Intent.Why), "why greenwick rejected the plan")]
    [InlineData("Who, according to the article, rejected the plan?", nameof(Intent.Opponents), "who rejected the plan")]
    [InlineData("Out of whose harbour does the article say the ferry sailed?", nameof(Intent.General), "out of whose harbour the ferry sailed")]
    [InlineData("What does the author say about Greenwick?", nameof(Intent.SpeakerSaid), "what does the author say about greenwick")]
    [InlineData("what does the author say?", nameof(Intent.SpeakerSaid), "what does the author say")]
    [InlineData("what does the author think Greenwick should do?", nameof(Intent.Position), "what does the author think greenwick should do")]
    [InlineData("Despite the rivalry, does the author still call Greenwick a town?", nameof(Intent.YesNo), "did greenwick a town")]
    [InlineData("Does the article place the oyster beds in Greenwick?", nameof(Intent.YesNo), "did the oyster beds in greenwick")]
    [InlineData("Is the plan attributed to Roe?", nameof(Intent.YesNo), "is the plan by roe")]
    [InlineData("which papers does hale write for?", nameof(Intent.List), "which papers does hale contribute to")]
    public void Parse_SetsAsideAFramingClauseInside_WhenAnotherClauseFollowsIt(string text, string intent, string words)
    {
        var q = Parse(text);

        Assert.Equal((intent, words), (q.Intent.ToString(), q.Words));
    }

    [Theory]
    [InlineData("what does Greenwick think about dredging", "greenwick dredging")]
    [InlineData("tell me about greenwik", "greenwick")]
    [InlineData("why did the Greenwickers refuse", "greenwick")]
    [InlineData("what did Mayor Roe announce", "roe")]
    [InlineData("what did tom say", "")]
    [InlineData("what did he say", "")]
    public void Parse_FindsTheEntitiesNamed_WhenTheQuestionNamesThemOutright(string text, string entities) =>
        Assert.Equal(entities, Joined(Parse(text).Entities));

    [Theory]
    [InlineData("why did greenwick reject the plan", "reject plan", "")]
    [InlineData("did greenwick reject the plan in a nutshell", "reject plan", "")]
    [InlineData("greenwick plan: scope and status?", "plan", "")]
    [InlineData("implications of the oyster beds at the moment", "oyst bed", "")]
    [InlineData("what does greenwick think about the oyster beds", "oyst bed", "")]
    [InlineData("what does greenwick think about taxes", "tax", "taxes")]
    [InlineData("how many oyster beds are there", "oyst bed", "")]
    [InlineData("the plan dates from 2016, right?", "plan", "")]
    [InlineData("the plan dates back to 2016, right?", "plan back", "")]
    [InlineData("what were they doin about the plan", "plan", "")]
    [InlineData("who was arguin about the plan", "argu plan", "")]
    [InlineData("what about the cabin", "cabin", "cabin")]
    public void Parse_KeepsTheOtherWordsAsStems_AndListsThoseNoArticleUses(string text, string residual, string foreign)
    {
        var q = Parse(text);

        Assert.Equal(residual, Joined(q.Residual));
        Assert.Equal(foreign, Joined(q.Foreign));
        Assert.Equal(q.Foreign.Select(Stemmer.Stem), q.ForeignStems);
    }

    [Theory]
    [InlineData("What does Putin think about dredging?", "Putin")]
    [InlineData("what does putin think about dredging", "putin")]
    [InlineData("did putin reject the plan", "putin")]
    [InlineData("why did china reject the plan", "china")]
    [InlineData("WHAT DOES GREENWICK THINK ABOUT VIBES", "")]
    [InlineData("what does greenwick think about vibes", "")]
    [InlineData("did Greenwick reject the Scheme", "")]
    [InlineData("Erdogan said what about the plan", "Erdogan")]
    public void Parse_TakesAForeignWordAsAName_WhenCapitalisedInsideOrInTheSubjectSlotOrAWorldName(string text, string names) =>
        Assert.Equal(names, Joined(Parse(text).ForeignNames));

    [Theory]
    [InlineData("what does greenwick think about vibes", "vibes")]
    [InlineData("vibes of greenwick", null)]
    [InlineData("why did greenwick refuse", null)]
    public void Parse_KeepsTheLastStrangeWord_OnlyWhenNoNameFollowsIt(string text, string? ending) =>
        Assert.Equal(ending, Parse(text).ForeignEnding);

    [Theory]
    [InlineData("how many oyster beds are there", true)]
    [InlineData("what is the budget for dredging", true)]
    [InlineData("how big is the harbour", true)]
    [InlineData("when did greenwick reject the plan", false)]
    [InlineData("why will the dredging budget hurt greenwick", false)]
    [InlineData("when did the investment in the harbour begin", false)]
    [InlineData("is it true that greenwick holds a narrow majority", false)]
    [InlineData("number of boats sent to the harbour?", true)]
    [InlineData("where did hale make his money?", false)]
    [InlineData("who said the harbour was 'worth the cost'?", false)]
    [InlineData("who said the cost of the 'harbour plan' was too high?", true)]
    [InlineData("what was the turnout in greenwick", true)]
    [InlineData("what was the recruitment figure for march", true)]
    [InlineData("for which years is this money?", false)]
    [InlineData("what will that budget pay for?", false)]
    [InlineData("Confirm: investment in the harbour has risen recently.", false)]
    [InlineData("the dredging budget was cut, correct?", false)]
    [InlineData("the greenwick party a minority on the council - correct?", false)]
    [InlineData("Greenwick commands a majority on the council?", false)]
    [InlineData("estimated number of boats in the IS-held harbour?", true)]
    [InlineData("the dredging budget is big or small?", true)]
    [InlineData("projected strength of the greenwick harbour police?", true)]
    [InlineData("storm casualty estimates cited?", true)]
    [InlineData("the tally of boats lost in the harbour storm?", true)]
    [InlineData("why did hale doubt the estimates?", false)]
    [InlineData("what is greenwick's total defence system based on?", false)]
    [InlineData("the total of boats lost in the harbour storm?", true)]
    [InlineData("what were the total casualties of the storm?", true)]
    [InlineData("how does hale sum up the harbour talks?", false)]
    [InlineData("what sum did greenwick pay for dredging?", true)]
    [InlineData("which investment fund backs the harbour?", false)]
    [InlineData("which share of the budget went to dredging?", true)]
    [InlineData("how much did hale say the harbour would cost?", true)]
    public void Parse_MarksAnAmountQuestion_WhenItAsksHowManyOrForMoney(string text, bool amount) =>
        Assert.Equal(amount, Parse(text).AsksAmount);

    [Theory]
    [InlineData("Which Greenwick figures are credited with the harbour plan?", false)]
    [InlineData("the Greenwick figure dangling dredging deals in front of the mayor", false)]
    [InlineData("Russian figure dangling dredging deals in front of the mayor", false)]
    [InlineData("which political figure backed the harbour plan?", false)]
    [InlineData("Greenwick figures on dredging?", true)]
    [InlineData("Casualty figures of the storm?", true)]
    [InlineData("official figures for the harbour storm?", true)]
    public void Parse_TakesAFigureForAPerson_WhenAPeopleOrPublicLifeNamesItAndNoCountFollows(string text, bool amount) =>
        Assert.Equal(amount, Parse(text).AsksAmount);

    [Theory]
    [InlineData("which officials did greenwick send", "officials")]
    [InlineData("which official greenwick send to roe", "official")]
    [InlineData("which leader's plan did greenwick reject", "leader")]
    [InlineData("what town did roe visit", "town")]
    [InlineData("which officials rejected the plan", "officials")]
    [InlineData("which greenwick official did it", "official")]
    [InlineData("which greenwick rejected it", null)]
    [InlineData("who rejected the plan", null)]
    [InlineData("what is the name of the council leader who rejected the plan", "leader")]
    [InlineData("whats the name of the company that got the harbour deal", "company")]
    [InlineData("which other towns apart from greenwick share the harbour", "towns")]
    [InlineData("what is the name of the port alder harbour master mentioned in the piece", "master")]
    [InlineData("which company handles greenwick's oyster exports", "company")]
    [InlineData("which greenwick officials were cautious", "officials")]
    [InlineData("which foreign companies got named", "companies")]
    [InlineData("which euro firms got the contracts", "firms")]
    [InlineData("which other greenwick officials travelled to port alder", "officials")]
    [InlineData("which news outlet first reported the plan", "outlet")]
    [InlineData("which coastal heads of state visited port alder", "heads")]
    [InlineData("which northern members of the board voted", "members")]
    [InlineData("which greenwick paper originally broke the story", "paper")]
    [InlineData("whats the mayors husbands name", "husband")]
    [InlineData("what is the harbour master's full name?", "master")]
    [InlineData("what is roe's name", null)]
    [InlineData("what is the harbour plan's name", "plan")]
    [InlineData("which officials, by name, rejected the plan", "officials")]
    [InlineData("what is the name of the town on the harbour", "town")]
    [InlineData("what are the names of the boats greenwick sold off in spring", "boats")]
    [InlineData("what are the names of the greenwick boats", "boats")]
    [InlineData("what are the names of the two greenwick boats", "boats")]
    [InlineData("what are the names of greenwick's boats", "boats")]
    [InlineData("what is his name", null)]
    [InlineData("what actually ties greenwick to port alder", null)]
    [InlineData("what still links roe to the harbour board", null)]
    [InlineData("in which publication did roe make her remarks", "publication")]
    [InlineData("to what newspaper did hale speak", "newspaper")]
    [InlineData("in which year did roe speak", null)]
    [InlineData("hale is leader of which party", "party")]
    [InlineData("from which port did the dredgers sail", "port")]
    [InlineData("roe spoke at what hotel", "hotel")]
    [InlineData("through which neighbouring ports did the ships pass", "ports")]
    [InlineData("in what way did greenwick object", null)]
    [InlineData("in what setting did hale speak", null)]
    [InlineData("in which city did roe speak", null)]
    [InlineData("some of which were rejected by greenwick", null)]
    [InlineData("exactly which ports did the dredgers sail from", "ports")]
    [InlineData("just which boats sailed", "boats")]
    [InlineData("which boats the dredgers towed", "boats")]
    [InlineData("which dredging firms withdrew from port alder", "firms")]
    [InlineData("which fishing crews fled the storm", "crews")]
    public void Parse_FindsTheKindWhoseNameIsAsked_WhenTheQuestionOpensWithWhich(string text, string? kind) =>
        Assert.Equal(kind, Parse(text).AsksNameOf);

    [Theory]
    [InlineData("which foreign companies make up the harbour consortium", "companies")]
    [InlineData("which dredging firms send crews to port alder", "firms")]
    [InlineData("which groups join the harbour board", "groups")]
    [InlineData("which tactics make up the harbour dispute", null)]
    public void Parse_EndsTheKindAtABareVerb_AfterAPluralKindOfActor(string text, string? kind) =>
        Assert.Equal(kind, Parse(text).AsksNameOf);

    [Theory]
    [InlineData("which factors drive greenwick's harbour policy", null)]
    [InlineData("what drivers push hale towards the dredgers", null)]
    [InlineData("which reasons led roe to speak", null)]
    [InlineData("which boats sailed", "boats")]
    public void Parse_AsksNoKind_WhenReasonsAreAsked(string text, string? kind) =>
        Assert.Equal(kind, Parse(text).AsksNameOf);

    [Theory]
    [InlineData("which of the fishing boats sailed from port alder", "boats")]
    [InlineData("which of the council's deputies were dismissed", "deputies")]
    [InlineData("which of hale's former aides objected", "aides")]
    [InlineData("which of them objected", null)]
    [InlineData("what kind of dredgers did greenwick buy", null)]
    public void Parse_FindsTheKindAfterOf_WhenOneOfManyIsAsked(string text, string? kind) =>
        Assert.Equal(kind, Parse(text).AsksNameOf);

    [Theory]
    [InlineData("what is the name of greenwick's envoy to port alder", "envoy")]
    [InlineData("what is the name of the ferry from port alder", "ferry")]
    [InlineData("what is the name of the fund for dredging", "fund")]
    public void Parse_EndsTheKindOfANameAtAPreposition_WhereItsDescriptionBegins(string text, string? kind) =>
        Assert.Equal(kind, Parse(text).AsksNameOf);

    [Theory]
    [InlineData("who were the four people injured in the storm", "people")]
    [InlineData("who were the sailors arrested", "sailors")]
    [InlineData("which people were injured in the storm", "people")]
    [InlineData("who were the fishermen", null)]
    [InlineData("who are the people in charge", null)]
    [InlineData("what happened to the people in the storm", null)]
    public void Parse_AsksThePeopleADeedBefellByName(string text, string? kind) =>
        Assert.Equal(kind, Parse(text).AsksNameOf);

    [Theory]
    [InlineData("who said \"left as it is\"", "left as it is")]
    [InlineData("who said \u201Cleft as it is\u201D", "left as it is")]
    [InlineData("who said 'harbour should be left'?", "harbour should be left")]
    [InlineData("who said \"dredging\" and \"oyster beds\"", "dredging … oyster beds")]
    [InlineData("who said \"it\"", null)]
    [InlineData("who said it", null)]
    public void Parse_KeepsTheQuotedWords_WhenTheyHoldAPhraseOrALongWord(string text, string? quoted) =>
        Assert.Equal(quoted, Parse(text).Quoted);

    [Theory]
    [InlineData("what word does the author use for the plan", true)]
    [InlineData("which adjective describes greenwick's refusal", true)]
    [InlineData("what are hale's exact words", true)]
    [InlineData("which words are in quotation marks", true)]
    [InlineData("what does greenwick think of the plan", false)]
    [InlineData("what term does the author use for the plan", true)]
    public void Parse_MarksAWordingQuestion_WhenItAsksForTheArticlesOwnWords(string text, bool wording) =>
        Assert.Equal(wording, Parse(text).AsksWording);

    [Theory]
    [InlineData("which historical comparisons does the author draw for greenwick", true, "draw")]
    [InlineData("what precedent does hale cite for the plan", true, "cit plan")]
    [InlineData("which cases does the author liken the plan to", true, "cas plan")]
    [InlineData("is there a parallel with the plan", false, "parallel plan")]
    [InlineData("what does greenwick think of the plan", false, "plan")]
    public void Parse_MarksALikeningQuestion_AndLeavesItsLikeningWordsOut(string text, bool likening, string residual)
    {
        var q = Parse(text);

        Assert.Equal((likening, residual), (q.AsksLikening, string.Join(' ', q.Residual)));
    }

    [Theory]
    [InlineData("did greenwick refuse the plan", "refus")]
    [InlineData("did greenwick not reject it", "not reject")]
    [InlineData("did greenwick agree", "")]
    public void Parse_ListsTheNegationStems_WhenTheQuestionNegates(string text, string negations) =>
        Assert.Equal(negations, Joined(Parse(text).NegationStems));

    [Theory]
    [InlineData("didn't greenwick refuse the plan", "refus")]
    [InlineData("Isn't Roe the mayor?", "")]
    [InlineData("so wasnt hale against dredging?", "against")]
    [InlineData("Won't greenwick reject it?", "reject")]
    [InlineData("Didn't greenwick say it would not reject it?", "not reject")]
    [InlineData("did greenwick not accept it", "not")]
    public void Parse_LeavesOutTheDenialOfALeadingAuxiliary_WhenTheQuestionLeansToTheClaim(string text, string negations) =>
        Assert.Equal(negations, Joined(Parse(text).NegationStems));

    [Fact]
    public void Parse_ReadsTheFramingAfterALeadingDenial_AsAQuestionAboutTheArticle() =>
        Assert.True(Parse("Doesn't the article say greenwick rejected the plan?").AboutArticle);

    [Theory]
    [InlineData("and greenwick?", true, nameof(Intent.General))]
    [InlineData("what about hale", true, nameof(Intent.General))]
    [InlineData("and why did hale object", false, nameof(Intent.Why))]
    [InlineData("And where did Hale go the next day?", false, nameof(Intent.General))]
    [InlineData("so what did they agree on", false, nameof(Intent.General))]
    [InlineData("and greenwick, in 2023??", true, nameof(Intent.General))]
    [InlineData("greenwick?", false, nameof(Intent.General))]
    [InlineData("Greenwick rejected the plan?", false, nameof(Intent.YesNo))]
    [InlineData("Confirm: the council has reduced the mayor's powers.", false, nameof(Intent.YesNo))]
    [InlineData("so roe actually wants to dredge rn?", false, nameof(Intent.YesNo))]
    [InlineData("so what does roe want", false, nameof(Intent.Position))]
    public void Parse_ReadsTheIntentAfterAFollowUpOpening_WhenTheQuestionStartsLikeOne(string text, bool followUp, string intent)
    {
        var q = Parse(text);

        Assert.Equal(followUp, q.FollowUpShape);
        Assert.Equal(intent, q.Intent.ToString());
    }

    [Theory]
    [InlineData("what happened on march 9", 3, 9, "")]
    [InlineData("what did greenwick do in march", 3, null, "")]
    [InlineData("why did greenwick reject the plan on 9 march", 3, 9, "reject plan")]
    public void Parse_TakesTheDateOutOfTheOtherWords_WhenTheQuestionNamesOne(string text, int month, int? day, string residual)
    {
        var q = Parse(text);

        Assert.Equal((month, day), (q.Date?.Month, q.Date?.Day));
        Assert.Equal(residual, Joined(q.Residual));
    }

    [Theory]
    [InlineData("did greenwick hire over a thousand nurses", "hir nurs")]
    [InlineData("did greenwick hire twelve nurses", "hir nurs")]
    [InlineData("did greenwick hire forty nurses", "hir nurs")]
    public void Parse_LeavesNumbersInWordsToTheFigures_AsItDoesDigits(string text, string residual) =>
        Assert.Equal(residual, Joined(Parse(text).Residual));

    /// <summary>"trying" is phrasing in any form, as "try" is: what is tried is the claim.</summary>
    [Theory]
    [InlineData("is greenwick trying to hire nurses", "hir nurs")]
    [InlineData("greenwick tries to hire nurses?", "hir nurs")]
    public void Parse_LeavesOutTrying_InAnyForm(string text, string residual) =>
        Assert.Equal(residual, Joined(Parse(text).Residual));

    /// <summary>"making" is phrasing as "make" and "made" are: the mistake made is the claim.</summary>
    [Theory]
    [InlineData("is greenwick making the same mistake", "mistak")]
    [InlineData("greenwick made the same mistake?", "mistak")]
    public void Parse_LeavesOutMake_InAnyForm(string text, string residual) =>
        Assert.Equal(residual, Joined(Parse(text).Residual));
}
