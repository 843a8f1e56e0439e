using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>Taking apart questions that frame what they ask: views, requests, the article's writers, source and wording.</summary>
public sealed class QuestionParserFramingTests
{
    private static ParsedQuestion Parse(string text) => QuestionParser.Parse(Harbour, text);

    private static string Joined(IEnumerable<string> words) => string.Join(' ', words);
    [Theory]
    [InlineData("Greenwick's counter-position?", "")]
    [InlineData("greenwick's opposing view on dredging", "")]
    [InlineData("does greenwick counter the plan", "count plan")]
    [InlineData("what is the rival town", "riv town")]
    public void Parse_AsksAView_WhenAnOtherSideWordComesBeforeAnOpinionWord(string text, string residual) =>
        Assert.Equal(residual, Joined(Parse(text).Residual));

    [Theory]
    [InlineData("<b>who</b> is hale", "who is hale")]
    [InlineData("who\u200B is hale", "who is hale")]
    [InlineData("   ", "")]
    public void Parse_ReadsTheWords_WhenTheQuestionHasMarkupOrInvisibleCharacters(string text, string words)
    {
        var q = Parse(text);

        Assert.Equal(words, q.Words);
        Assert.Equal(words.Length == 0, q.IsEmpty);
    }

    [Theory]
    [InlineData("expand on the dredging angle")]
    [InlineData("elaborate on dredging")]
    public void Parse_AsksToDescribe_WhenTheQuestionAsksToExpandOnSomething(string text)
    {
        var q = Parse(text);

        Assert.Equal(Intent.Who, q.Intent);
        Assert.Equal(["dredging"], q.Entities);
        Assert.Empty(q.Residual);
    }

    [Theory]
    [InlineData("could you list the towns", nameof(Intent.List))]
    [InlineData("can you tell me who hale is", nameof(Intent.Who))]
    [InlineData("do you know why greenwick refused", nameof(Intent.Why))]
    [InlineData("do we even know why greenwick refused", nameof(Intent.Why))]
    [InlineData("would you please explain why greenwick refused", nameof(Intent.Why))]
    [InlineData("could greenwick refuse the plan", nameof(Intent.YesNo))]
    [InlineData("which institution are the two authors affiliated with", nameof(Intent.Author))]
    [InlineData("what is the author's job", nameof(Intent.Author))]
    [InlineData("where is the author based", nameof(Intent.Author))]
    public void Parse_ReadsTheRequest_WhenItIsAskedPolitely(string text, string intent) =>
        Assert.Equal(intent, Parse(text).Intent.ToString());

    [Theory]
    [InlineData("What are the author's academic credentials?", nameof(Intent.Author))]
    [InlineData("What degree is the author pursuing?", nameof(Intent.Author))]
    [InlineData("where is the author studying?", nameof(Intent.Author))]
    [InlineData("What are the author's main arguments?", nameof(Intent.List))]
    public void Parse_AsksTheWritersOwnDetails_WhenEveryOtherWordIsOneOfAScholarsDetails(string text, string intent) =>
        Assert.Equal(intent, Parse(text).Intent.ToString());

    [Theory]
    [InlineData("who wrote the dredging plan?", nameof(Intent.Who))]
    [InlineData("who penned that letter?", nameof(Intent.Who))]
    [InlineData("who wrote the article?", nameof(Intent.Author))]
    [InlineData("who wrote this piece?", nameof(Intent.Author))]
    [InlineData("who wrote it?", nameof(Intent.Author))]
    [InlineData("who wrote this analysis?", nameof(Intent.Author))]
    [InlineData("who wrote the essay?", nameof(Intent.Author))]
    [InlineData("who wrote the oyster study?", nameof(Intent.Who))]
    [InlineData("Who is actually behind this analysis?", nameof(Intent.Author))]
    [InlineData("who's behind the article", nameof(Intent.Author))]
    [InlineData("who is behind the oyster study?", nameof(Intent.Who))]
    [InlineData("who is behind the attack?", nameof(Intent.Who))]
    public void Parse_AsksWhoWroteAThing_WhenWhatWasWrittenIsNoWordForTheArticle_NorAKindOfWritingTheArticleNeverSpeaksOf(string text, string intent) =>
        Assert.Equal(intent, Parse(text).Intent.ToString());

    [Theory]
    [InlineData("and his co-author?", nameof(Intent.Author))]
    [InlineData("who is hale's co-writer?", nameof(Intent.Author))]
    [InlineData("who co-authored the dredging plan?", nameof(Intent.Who))]
    [InlineData("and the co-author of the dredging plan?", nameof(Intent.General))]
    public void Parse_AsksWhoElseWroteTheArticle_WhenACoAuthorIsAskedOfNoOtherThing(string text, string intent) =>
        Assert.Equal(intent, Parse(text).Intent.ToString());

    [Theory]
    [InlineData("Fine, but does it at least say greenwick rejected the plan?", "reject plan")]
    [InlineData("ok so who is hale", "")]
    [InlineData("Interesting. Why did greenwick refuse?", "refus")]
    [InlineData("well, did roe announce a plan?", "announc plan")]
    public void Parse_DropsAReplyToTheLastAnswer_WhenTheQuestionOpensWithOne(string text, string residual)
    {
        var q = Parse(text);

        Assert.Equal(residual, string.Join(' ', q.Residual));
        Assert.Empty(q.Foreign);
    }

    [Theory]
    [InlineData("what term does the author use for the plan", "")]
    [InlineData("how long is hale's term", "term")]
    public void Parse_TakesTermAsWording_OnlyWhenTheQuestionAsksForWords(string text, string foreign) =>
        Assert.Equal(foreign, Joined(Parse(text).Foreign));

    [Theory]
    [InlineData("which newspaper published this?", true)]
    [InlineData("what is the publication date of the article?", true)]
    [InlineData("which newspaper first reported the oyster beds plan?", false)]
    public void Parse_AsksTheArticlesSource_UnlessTheSourceOfSomethingItReportsIsAsked(string text, bool source) =>
        Assert.Equal(source, Parse(text).Intent == Intent.Source);

    [Theory]
    [InlineData("when was this blog post published?", nameof(Intent.Source))]
    [InlineData("which outlet published this article?", nameof(Intent.Source))]
    [InlineData("on what date was that interview published?", nameof(Intent.When))]
    [InlineData("what did he tell the same newspaper about the harbour?", nameof(Intent.SpeakerSaid))]
    [InlineData("which newspaper did she tell about the plan?", nameof(Intent.General))]
    public void Parse_AsksNoSourceOfTheArticle_WhenTheSourceOfWhatSomeoneSaidOrOfAThingSpokenOfIsAsked(string text, string intent) =>
        Assert.Equal(intent, Parse(text).Intent.ToString());

    [Theory]
    [InlineData("does the article describe hale as port alder's mayor?", "is hale port alder mayor")]
    [InlineData("does the article call roe the mayor?", "did roe the mayor")]
    [InlineData("the article names hale as port alder's mayor, correct?", "is hale port alder mayor")]
    [InlineData("the article portrays hale as port alder's mayor", "is hale port alder mayor")]
    public void Parse_ReadsTheClaimInsideTheFraming_WhenTheArticleIsSaidToDescribeSomeoneAsSomething(string text, string words) =>
        Assert.Equal(words, Parse(text).Words);

    [Theory]
    [InlineData("dates of past Greenwick-backed protests?", nameof(Intent.YesNo), false)]
    [InlineData("were the protests Greenwick-backed?", nameof(Intent.YesNo), true)]
    [InlineData("greenwick backed the protests?", nameof(Intent.YesNo), true)]
    public void Parse_ReadsAHyphenatedParticipleAsDescribingANoun_NotAsTheVerbOfAClaim(string text, string intent, bool expected) =>
        Assert.Equal(expected, Parse(text).Intent.ToString() == intent);

    [Theory]
    [InlineData("why did the PM resign?", "why did the prime minister resign")]
    [InlineData("wat did the kz fm say", "what did the kz foreign minister say")]
    [InlineData("did they meet at 5 pm?", "did they meet at 5 pm")]
    public void Parse_SpellsOutAShortTitle_UnlessItFollowsANumber(string text, string words) =>
        Assert.Equal(words, Parse(text).Words);

    [Theory]
    [InlineData("the article credits roe with the plan, right?", true)]
    [InlineData("the author blames greenwick for the delay?", true)]
    [InlineData("the article says greenwick rejected the plan", true)]
    [InlineData("did greenwick reject the plan?", false)]
    [InlineData("the article mentions a plan. what is it?", false)]
    [InlineData("greenwick will give in when the vote is over, the article say this?", true)]
    [InlineData("hale wants the harbour left alone, as the article reports?", true)]
    [InlineData("does the article treat the harbour plan as settled?", true)]
    [InlineData("does the piece frame greenwick's refusal as a bargaining move?", true)]
    [InlineData("roe and hale, what each one wants, the article say?", false)]
    [InlineData("can I report that greenwick rejected the plan?", true)]
    [InlineData("could we say the piece credits roe with the plan?", true)]
    [InlineData("can I report on greenwick's plan?", false)]
    [InlineData("do the authors describe the harbour plan as settled?", true)]
    [InlineData("is the author really suggesting greenwick rejected the plan?", true)]
    [InlineData("is the writer seriously claiming roe won?", true)]
    [InlineData("author assesses the harbour plan as sound?", true)]
    [InlineData("does the author identify the toll as the main cost?", true)]
    [InlineData("is the author of the plan in the harbour?", false)]
    public void Parse_ReadsAClaimAsAboutTheArticle_WhenItsFramingSaysTheArticleOrAuthorPutsIt(string text, bool about) =>
        Assert.Equal(about, Parse(text).AboutArticle);

    [Theory]
    [InlineData("author assesses the harbour plan as sound?", "is the harbour plan sound")]
    [InlineData("do the authors see the toll as the main cost?", "is the toll the main cost")]
    [InlineData("is the author basically claiming the toll failed?", "did the toll failed")]
    public void Parse_ReadsTheClaimInsideTheWritersFraming(string text, string words) =>
        Assert.Equal(words, Parse(text).Words);
}
