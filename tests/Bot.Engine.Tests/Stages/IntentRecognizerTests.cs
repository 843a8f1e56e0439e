using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>The intent rules on lowercase, tokenised questions: which rule wins when several match.</summary>
public sealed class IntentRecognizerTests
{
    [Theory]
    [InlineData("who said the harbour should be left as it is", nameof(Intent.WhoSaid))]
    [InlineData("who argued against dredging", nameof(Intent.WhoSaid))]
    [InlineData("who is saying this", nameof(Intent.WhoSaid))]
    [InlineData("which official said the harbour should stay", nameof(Intent.WhoSaid))]
    [InlineData("who is tom hale", nameof(Intent.Who))]
    [InlineData("who wrote the piece", nameof(Intent.Author))]
    [InlineData("who is the author", nameof(Intent.Author))]
    [InlineData("who said why greenwick refused", nameof(Intent.WhoSaid))]
    [InlineData("which officials opposed the plan", nameof(Intent.Opponents))]
    [InlineData("who opposes dredging", nameof(Intent.Opponents))]
    [InlineData("who supports the harbour plan", nameof(Intent.Supporters))]
    public void Recognize_PrefersTheSpecificWhoRule_WhenSeveralMatch(string words, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words).ToString());

    [Theory]
    [InlineData("terms of the harbour deal give list please", nameof(Intent.List))]
    [InlineData("list all the factors that slow the dredging", nameof(Intent.List))]
    [InlineData("which things must greenwick give up", nameof(Intent.List))]
    [InlineData("according to the article what kinds of help has port alder offered", nameof(Intent.List))]
    [InlineData("deceptive fishing techniques cited", nameof(Intent.List))]
    [InlineData("constraints the deal placed on greenwick", nameof(Intent.List))]
    [InlineData("coordination mechanisms of the harbour board", nameof(Intent.List))]
    [InlineData("wats in the harbour boards toll package", nameof(Intent.List))]
    [InlineData("whats in the harbour boards toll package", nameof(Intent.List))]
    [InlineData("what is in greenwicks quiet war stuff", nameof(Intent.List))]
    [InlineData("wat stuff did the harbour board ban", nameof(Intent.List))]
    [InlineData("wat bad stuff is greenwick doing at home", nameof(Intent.List))]
    [InlineData("what kind of stuff did the guards do", nameof(Intent.List))]
    [InlineData("powers greenwick regards as arbiters of the harbour", nameof(Intent.List))]
    [InlineData("forces available to guard the harbour", nameof(Intent.List))]
    [InlineData("limits on the board s support", nameof(Intent.List))]
    [InlineData("drivers of the harbour dispute", nameof(Intent.Why))]
    [InlineData("what does the dredging plan include", nameof(Intent.List))]
    [InlineData("what makes up the harbour fleet", nameof(Intent.List))]
    [InlineData("security risks cited re the dredging", nameof(Intent.List))]
    [InlineData("what domestic problems does greenwick face", nameof(Intent.List))]
    [InlineData("which bureaucratic hurdles does the harbour route face", nameof(Intent.List))]
    [InlineData("what risks would the dredging carry", nameof(Intent.List))]
    [InlineData("why do problems at the harbour matter", nameof(Intent.Why))]
    [InlineData("what factors slowed the dredging", nameof(Intent.Why))]
    [InlineData("list the reasons greenwick refused", nameof(Intent.Why))]
    [InlineData("how many steps does the plan have", nameof(Intent.Count))]
    [InlineData("opposition to dredging who per the article", nameof(Intent.Opponents))]
    [InlineData("named critics of the harbour plan", nameof(Intent.Opponents))]
    [InlineData("named local opposition figures", nameof(Intent.Opponents))]
    [InlineData("sentences for the six jailed opposition figures", nameof(Intent.General))]
    [InlineData("what does the opposition want", nameof(Intent.Position))]
    public void Recognize_ReadsAListByItsForm_WhenItsHeadIsAPluralOfItems(string words, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words).ToString());

    [Theory]
    [InlineData("whats in the article")]
    [InlineData("what is in it for greenwick")]
    [InlineData("what is in this piece")]
    [InlineData("wat is their stuff normally used for")]
    [InlineData("status of the harbour deal")]
    [InlineData("dates and locations of past attacks on the harbour")]
    [InlineData("actors promoting the dredging plan")]
    public void Recognize_ReadsNoList_WhenWhatIsInAsksOfTheArticleOrWhatSomeoneGains(string words) =>
        Assert.NotEqual(Intent.List, IntentRecognizer.Recognize(words));

    [Theory]
    [InlineData("did greenwick reject the plan")]
    [InlineData("did greenwick say why")]
    [InlineData("is hale the one who said it")]
    [InlineData("was the plan announced in march")]
    [InlineData("does roe want to compare the towns")]
    [InlineData("has greenwick explained how many boats fish there")]
    [InlineData("didnt port alder ask greenwick first")]
    public void Recognize_ReturnsYesNo_WhenTheQuestionOpensWithAnAuxiliary(string words) =>
        Assert.Equal(Intent.YesNo, IntentRecognizer.Recognize(words));

    [Theory]
    [InlineData("was the article published in march", true, nameof(Intent.YesNo))]
    [InlineData("was the article published in march", false, nameof(Intent.Source))]
    [InlineData("did the author write about the harbour", false, nameof(Intent.YesNo))]
    [InlineData("did greenwick reject the plan", true, nameof(Intent.YesNo))]
    [InlineData("borduria answer was same like ruritania or different", true, nameof(Intent.Compare))]
    [InlineData("was greenwick s plan the same as alder s or different", true, nameof(Intent.Compare))]
    public void Recognize_LetsTheShapeOfAClaimDecide_OnlyWhereARuleBeforeTheOpeningVerbMatches(string words, bool questionMark, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words, questionMark).ToString());

    [Theory]
    [InlineData("put the announcement and the rejection in order")]
    [InlineData("in what order did it happen")]
    [InlineData("which came first the plan or the rejection")]
    [InlineData("what happened first")]
    [InlineData("how long after the announcement did greenwick reject it")]
    [InlineData("how many days passed between the plan and the rejection")]
    [InlineData("sort the events")]
    [InlineData("chronological list of events")]
    [InlineData("what come first the vote or the plan")]
    [InlineData("how many days passed between the vote and the plan")]
    public void Recognize_ReturnsOrder_WhenTheQuestionAsksForASequenceOrAnInterval(string words) =>
        Assert.Equal(Intent.Order, IntentRecognizer.Recognize(words));

    /// <summary>Analysts ask for causes with a noun ("grounds for X", "justification for Y"): each asks why.</summary>
    [Theory]
    [InlineData("grounds for the jailing of tom hale")]
    [InlineData("on what grounds was hale jailed")]
    [InlineData("justification for the new harbour tax")]
    [InlineData("drivers of greenwick s refusal per the piece")]
    [InlineData("reasons for the strike at the mill")]
    public void Recognize_ReturnsWhy_WhenAnAnalystNamesTheCauseWithANoun(string words) =>
        Assert.Equal(Intent.Why, IntentRecognizer.Recognize(words));

    [Theory]
    [InlineData("why did greenwick refuse", nameof(Intent.Why))]
    [InlineData("how come greenwick refused", nameof(Intent.Why))]
    [InlineData("what made greenwick refuse", nameof(Intent.Why))]
    [InlineData("what are the reasons for the refusal", nameof(Intent.Why))]
    [InlineData("how many towns share the harbour", nameof(Intent.Count))]
    [InlineData("number of oyster beds", nameof(Intent.Count))]
    [InlineData("when did greenwick reject the plan", nameof(Intent.When))]
    [InlineData("what year was the photo taken", nameof(Intent.Captions))]
    [InlineData("who is in the photos", nameof(Intent.Captions))]
    [InlineData("what do the pictures of the summit show", nameof(Intent.Captions))]
    [InlineData("why is the council putting up pictures of old kings everywhere", nameof(Intent.Why))]
    [InlineData("did the mill close because of the strike", nameof(Intent.YesNo))]
    [InlineData("the mill closed because of what", nameof(Intent.Why))]
    [InlineData("which workers are protesting because wages are going down", nameof(Intent.List))]
    [InlineData("what happened on march 3", nameof(Intent.OnDate))]
    [InlineData("what will happen in june", nameof(Intent.OnDate))]
    [InlineData("what could happen by next year", nameof(Intent.OnDate))]
    [InlineData("what will happen if the dam fails", nameof(Intent.Why))]
    [InlineData("what will happen next", nameof(Intent.Why))]
    [InlineData("what would happen in a war", nameof(Intent.Why))]
    [InlineData("what did hale say", nameof(Intent.SpeakerSaid))]
    [InlineData("what did hale state", nameof(Intent.SpeakerSaid))]
    [InlineData("what has hale said about dredging", nameof(Intent.SpeakerSaid))]
    [InlineData("what have the greenwick officials said", nameof(Intent.SpeakerSaid))]
    [InlineData("what is the union state", nameof(Intent.Who))]
    [InlineData("what does the state want", nameof(Intent.Position))]
    [InlineData("what does greenwick think about dredging", nameof(Intent.Position))]
    [InlineData("whats greenwick s vibe on dredging", nameof(Intent.Position))]
    [InlineData("who say the harbour should be left", nameof(Intent.WhoSaid))]
    [InlineData("which expert wrote the report", nameof(Intent.Who))]
    [InlineData("how many years will the dredging take", nameof(Intent.Count))]
    [InlineData("who did the report thing", nameof(Intent.Who))]
    [InlineData("what is the difference between roe and hale", nameof(Intent.Compare))]
    [InlineData("how are greenwick and port alder related", nameof(Intent.Relation))]
    [InlineData("greenwick and port alder what is connect them", nameof(Intent.Relation))]
    [InlineData("greenwick port alder linkage", nameof(Intent.Relation))]
    [InlineData("what does greenwick even have to do with the harbour toll", nameof(Intent.Relation))]
    [InlineData("list the towns", nameof(Intent.List))]
    [InlineData("what is the harbour plan", nameof(Intent.Who))]
    [InlineData("what is the article about", nameof(Intent.About))]
    [InlineData("what is this article talk about", nameof(Intent.About))]
    [InlineData("what is this article talking about shortly", nameof(Intent.About))]
    [InlineData("core assessment of the harbour dispute", nameof(Intent.About))]
    [InlineData("bluf what matters here", nameof(Intent.About))]
    [InlineData("what hale do", nameof(Intent.Who))]
    [InlineData("what does tom hale do for a living", nameof(Intent.Who))]
    [InlineData("what exact words did hale use when he rejected it", nameof(Intent.SpeakerSaid))]
    [InlineData("what does the piece talk about", nameof(Intent.About))]
    [InlineData("which organizations produced it", nameof(Intent.Source))]
    [InlineData("what is this article even about", nameof(Intent.About))]
    [InlineData("what is this about exactly", nameof(Intent.About))]
    [InlineData("this article is about what mainly", nameof(Intent.About))]
    [InlineData("about what is this article", nameof(Intent.About))]
    [InlineData("about what does the piece talk", nameof(Intent.About))]
    [InlineData("whats this one about", nameof(Intent.About))]
    [InlineData("what is this text about in simple words", nameof(Intent.About))]
    [InlineData("what is that one saying in plain english", nameof(Intent.About))]
    [InlineData("where was it published", nameof(Intent.Source))]
    [InlineData("when was this article written", nameof(Intent.Source))]
    [InlineData("was it before or after the vote", nameof(Intent.Order))]
    [InlineData("when this article was write?", nameof(Intent.Source))]
    [InlineData("what is the date of the article", nameof(Intent.Source))]
    [InlineData("what is the article s date", nameof(Intent.Source))]
    [InlineData("what is the article date", nameof(Intent.Source))]
    [InlineData("is the new plan different from the old one or the same", nameof(Intent.Compare))]
    [InlineData("what are the sections", nameof(Intent.Sections))]
    [InlineData("what is the structure of the article", nameof(Intent.Sections))]
    [InlineData("outline", nameof(Intent.Sections))]
    [InlineData("outline of the article", nameof(Intent.Sections))]
    [InlineData("what is the outline of the piece", nameof(Intent.Sections))]
    [InlineData("outline the sequence of events from the vote to the strike", nameof(Intent.Order))]
    [InlineData("plan provisions on force structure and armaments", nameof(Intent.General))]
    [InlineData("help", nameof(Intent.Help))]
    [InlineData("tell me more", nameof(Intent.More))]
    [InlineData("oyster beds", nameof(Intent.General))]
    [InlineData("dates of the votes", nameof(Intent.When))]
    [InlineData("dates and places of the votes", nameof(Intent.When))]
    public void Recognize_ReturnsTheIntentOfItsCueWords_WhenOneRuleMatches(string words, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words).ToString());

    [Theory]
    [InlineData("greenwick rejected the plan")]
    [InlineData("greenwick is against dredging")]
    [InlineData("the mayor of port alder did announce a plan")]
    [InlineData("hale has argued for leaving the harbour")]
    [InlineData("roe actually wants a toll")]
    [InlineData("the author links the toll to the vote")]
    [InlineData("hale chairs the harbour committee")]
    [InlineData("roe heads the council of port alder")]
    [InlineData("hale go to port alder for the vote in march")]
    [InlineData("greenwick also say no to dredging like hale")]
    [InlineData("the boats of greenwick sailed to port alder")]
    [InlineData("the boats of the town sailed to port alder")]
    [InlineData("the mayor of the town acted quickly")]
    [InlineData("the council of greenwick rejected the plan")]
    [InlineData("roe wants the harbour dredged")]
    public void Recognize_ReturnsYesNo_WhenAStatementEndsWithAQuestionMark(string words) =>
        Assert.Equal(Intent.YesNo, IntentRecognizer.Recognize(words, questionMark: true));

    [Theory]
    [InlineData("harbour budget above 2 percent of revenue")]
    [InlineData("harbour budget above 20 percent of revenue")]
    [InlineData("greenwick fleet estimate under 400 boats")]
    [InlineData("dredging depth at least 10 m each side")]
    [InlineData("roe still mayor of port alder")]
    [InlineData("harbour traffic up since the vote")]
    [InlineData("greenwick fishing catch down from last year")]
    [InlineData("hale council seats fewer than roe s")]
    public void Recognize_ReturnsYesNo_WhenAFragmentMeasuresWhatItNamesAgainstSomething(string words) =>
        Assert.Equal(Intent.YesNo, IntentRecognizer.Recognize(words, questionMark: true));

    [Theory]
    [InlineData("greenwick is against dredging")]
    [InlineData("greenwick rejected the plan")]
    public void Recognize_ReturnsGeneral_WhenAStatementHasNoQuestionMarkOrTag(string words) =>
        Assert.Equal(Intent.General, IntentRecognizer.Recognize(words, questionMark: false));

    [Theory]
    [InlineData("the author s link to the syria decision")]
    [InlineData("nur otan link to the president weight in parliament")]
    [InlineData("greenwick s official reaction to roe s canceled visit")]
    [InlineData("any named individuals")]
    [InlineData("list the measures greenwick has agreed to")]
    [InlineData("greenwick s plan to go")]
    [InlineData("roe s refusal to send boats")]
    [InlineData("greenwick s stance on dredging over the years")]
    [InlineData("harbour traffic figures up to 2020")]
    [InlineData("share of sanctioned boats under foreign flags per hale")]
    [InlineData("theaters of expanded harbour cooperation")]
    [InlineData("funding for dredged channels")]
    [InlineData("delivery timeline for the greenwick armoured patrol boats")]
    [InlineData("dredging schedule for the northern silted channels")]
    [InlineData("delivery timeline for the arms")]
    [InlineData("costs of the plans")]
    public void Recognize_DoesNotReturnYesNo_ForANounPhraseWithAQuestionMark(string words) =>
        Assert.NotEqual(Intent.YesNo, IntentRecognizer.Recognize(words, questionMark: true));

    [Theory]
    [InlineData("greenwick rejected the plan right")]
    [InlineData("the plan was dropped correct")]
    [InlineData("roe wants to dredge true")]
    [InlineData("hale is the council leader yes or no")]
    [InlineData("greenwick refused isnt it")]
    public void Recognize_ReturnsYesNo_WhenAStatementEndsWithATag(string words) =>
        Assert.Equal(Intent.YesNo, IntentRecognizer.Recognize(words));

    [Theory]
    [InlineData("why is greenwick against dredging", true, nameof(Intent.Why))]
    [InlineData("greenwick refused why", true, nameof(Intent.Why))]
    [InlineData("when greenwick rejected the plan right", false, nameof(Intent.When))]
    [InlineData("whats the plan greenwick rejected", true, nameof(Intent.General))]
    [InlineData("how many towns are there", true, nameof(Intent.Count))]
    [InlineData("which towns are in the dispute", true, nameof(Intent.List))]
    public void Recognize_IgnoresTheDeclarativeShape_WhenAQuestionWordIsPresent(string words, bool questionMark, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words, questionMark).ToString());

    [Theory]
    [InlineData("and greenwick", "greenwick")]
    [InlineData("and the mayor", "mayor")]
    [InlineData("what about the mayor", "mayor")]
    [InlineData("ok and greenwick", "greenwick")]
    [InlineData("same for port alder", "port alder")]
    [InlineData("how about hale", "hale")]
    [InlineData("lol was there a toilet", "was there a toilet")]
    [InlineData("hmm wait did hale resign", "did hale resign")]
    public void StripFollowUp_ReturnsTheNewSubject_WhenTheQuestionOpensLikeAFollowUp(string words, string expected) =>
        Assert.Equal(expected, IntentRecognizer.StripFollowUp(words));

    [Theory]
    [InlineData("who is hale")]
    [InlineData("android apps for fishermen")]
    [InlineData("greenwick and port alder")]
    public void StripFollowUp_ReturnsNull_WhenTheQuestionDoesNotOpenLikeAFollowUp(string words) =>
        Assert.Null(IntentRecognizer.StripFollowUp(words));

    [Theory]
    [InlineData("roe wants to dredge the harbour")]
    [InlineData("greenwick supports the plan")]
    [InlineData("the fishermen who blocked the harbour were fined")]
    [InlineData("the town where roe was born backs the plan")]
    public void Recognize_ReturnsYesNo_WhenAStatementEndedWithAQuestionTag(string words) =>
        Assert.Equal(Intent.YesNo, IntentRecognizer.Recognize(words, questionMark: true, tagged: true));

    [Theory]
    [InlineData("so who backs the plan")]
    [InlineData("who backs the plan")]
    public void Recognize_KeepsTheQuestionWord_WhenATaggedQuestionAsksWho(string words) =>
        Assert.NotEqual(Intent.YesNo, IntentRecognizer.Recognize(words, questionMark: true, tagged: true));
}
