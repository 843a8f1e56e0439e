using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>Whose reaction a question asks, and who acts in a sentence answering "how did X respond?" or "did X respond?": its subject or speaker, not one it acts upon.</summary>
public sealed class AnswerChecksTests
{
    [Theory]
    [InlineData("Greenwick responded by closing the harbour.", true)]
    [InlineData("In response, the town of Greenwick closed the harbour.", true)]
    [InlineData("\"We will not pay,\" said Greenwick in a statement to the council of the harbour.", true)]
    [InlineData("The new rules would raise fees for every user of the harbour, notably Greenwick.", false)]
    [InlineData("On May 2, the envoy to Greenwick, Tom Vale, stated that the fees broke a treaty.", false)]
    [InlineData("According to Greenwick, the fees broke a treaty.", true)]
    public void ActsIn_FindsTheEntityActing_OnlyAsSubjectOrSpeaker(string sentence, bool acts)
    {
        var turn = new Turn(Harbour, ConversationState.Empty, QuestionParser.Parse(Harbour, "how did greenwick respond?"));

        Assert.Equal(acts, AnswerChecks.ActsIn(turn, sentence, "greenwick"));
    }

    [Theory]
    [InlineData("Officials from Port Alder and Greenwick did not reply to the request.", true)]
    [InlineData("Greenwick's mayor, it was said, had answered at once.", true)]
    [InlineData("The council replied to the fishermen of Greenwick.", false)]
    [InlineData("Greenwick rejected the plan.", false)]
    public void RespondsIn_FindsAWordOfResponding_AfterTheEntity(string sentence, bool responds)
    {
        var turn = new Turn(Harbour, ConversationState.Empty, QuestionParser.Parse(Harbour, "did greenwick respond?"));

        Assert.Equal(responds, AnswerChecks.RespondsIn(turn, sentence, "greenwick"));
    }

    [Theory]
    [InlineData("how did greenwick respond to the toll?", "greenwick")]
    [InlineData("greenwick's official reaction to hale's plan?", "greenwick")]
    [InlineData("what was the response of greenwick to the plan?", "greenwick")]
    [InlineData("who responded to greenwick?", null)]
    [InlineData("what did hale say about how greenwick would react?", null)]
    [InlineData("why was hale worried about greenwick's reaction?", null)]
    [InlineData("what did greenwick decide?", null)]
    public void Responder_IsTheOneWhoseReactionIsAsked(string question, string? responder) =>
        Assert.Equal(responder, AnswerChecks.Responder(QuestionParser.Parse(Harbour, question)));

    [Theory]
    [InlineData("Roe told the Tide news agency on Monday that the toll would stay.", true)]
    [InlineData("Roe told the newspaper Harbour Tide that the toll would stay.", true)]
    [InlineData("In an interview with the Greenwick Gazette weekly, Roe defended the toll.", true)]
    [InlineData("Roe told Tide News Agency on Monday that the toll would stay.", true)]
    [InlineData("Roe told reporters on Monday that the toll would stay.", false)]
    [InlineData("The newspaper said the toll would stay.", false)]
    [InlineData("Newspaper reports said the toll would stay.", false)]
    [InlineData("Roe wrote in March that Greenwick's paper mills would close.", false)]
    public void NamesOutlet_NeedsAnOutletsName_NotJustItsNoun(string text, bool names) =>
        Assert.Equal(names, AnswerChecks.NamesOutlet(text));

    [Theory]
    [InlineData("who is the prime minister", "Jo Roe, a former deputy prime minister, left.", true)]
    [InlineData("who is the prime minister", "Jo Roe, the vice prime minister, left.", true)]
    [InlineData("who is the deputy prime minister", "Jo Roe, the deputy prime minister, left.", false)]
    [InlineData("who is the prime minister", "Jo Roe, the prime minister, met the deputy prime minister.", false)]
    [InlineData("who is the prime minister", "Jo Roe, the prime minister, left.", false)]
    public void OnlyBelow_TellsALesserRankFromTheOfficeAsked(string question, string holder, bool below) =>
        Assert.Equal(below, AnswerChecks.OnlyBelow(Text.Tokenizer.Tokenize(question), Text.Tokenizer.Tokenize(holder), "prime", "minister"));

    [Theory]
    [InlineData("word", "Aides say the mayor was \u201Cfloored\u201D by the vote.", true)]
    [InlineData("phrase", "She called it a \u2018harbour of hope\u2019 in her speech.", true)]
    [InlineData("word", "The mayor\u2019s aides say she was shaken by the vote.", false)]
    [InlineData("official", "Aides say the mayor was \u201Cfloored\u201D by the vote.", false)]
    public void GivesWording_TakesAQuotedWord_OnlyWhenWordingIsAsked(string kind, string evidence, bool gives) =>
        Assert.Equal(gives, AnswerChecks.GivesWording(kind, evidence));

    [Theory]
    [InlineData(nameof(Intent.Compare), true)]
    [InlineData(nameof(Intent.Position), false)]
    public void Fail_LetsEitherSideHoldTheOfficeAsked_OnlyWhenAComparisonShowsBoth(string intent, bool stands)
    {
        var question = QuestionParser.Parse(Harbour, "how does hale's view differ from that of the harbour mayor?") with { Intent = Enum.Parse<Intent>(intent) };
        var hale = Harbour.Facts.First(f => f.Fact is Statement { Speaker: "hale" });
        var otherSide = new Evidence(hale.Fact.Evidence.Article, hale.Fact.Evidence.Paragraph, "The harbour mayor, Jane Roe, wants a toll.");
        var reply = new Reply(new Answer(AnswerStatus.Answered, "Both sides.", [hale.Fact.Evidence, otherSide], [])) { Fact = hale };

        Assert.Equal(stands, AnswerChecks.Fail(new Turn(Harbour, ConversationState.Empty, question), reply) is null);
    }

    [Theory]
    [InlineData("what did greenwick's harbour ministry say about the toll?", "harbour ministry")]
    [InlineData("how did the greenwick parliament react to the toll?", "parliament")]
    [InlineData("what did port alder's courts decide?", "courts")]
    [InlineData("what did greenwick say about the toll?", null)]
    [InlineData("what did jane roe's ministry say about the toll?", null)]
    [InlineData("which ministry runs the harbour?", null)]
    public void AskedBody_IsTheBodyOfANamedState(string question, string? body) =>
        Assert.Equal(body, AnswerChecks.AskedBody(Harbour, QuestionParser.Parse(Harbour, question)) is { } words ? string.Join(' ', words) : null);

    [Theory]
    [InlineData("The Greenwick harbour ministry called the toll unfair.", true)]
    [InlineData("Greenwick called the toll unfair.", false)]
    [InlineData("Greenwick's finance ministry called the toll unfair.", false)]
    [InlineData("Greenwick's harbour minister called the toll unfair.", false)]
    public void SpeaksOfBody_NeedsEveryWordOfTheBodyAsked(string answer, bool speaks) =>
        Assert.Equal(speaks, AnswerChecks.SpeaksOfBody(Harbour, answer, ["harbour", "ministry"]));

    [Theory]
    [InlineData("in which speech did roe announce the plan?", "In her inauguration speech, Mayor Roe announced the plan.", true)]
    [InlineData("in which speech did roe announce the plan?", "In a speech, Mayor Roe announced the plan.", false)]
    [InlineData("in which speech did roe announce the plan?", "In two speeches, Mayor Roe announced the plan.", false)]
    [InlineData("what illness did roe have?", "Roe's illness kept her away.", false)]
    public void DescribedBeforeKind_FindsAWordOfItsOwnSinglingOutTheKind(string question, string answer, bool described) =>
        Assert.Equal(described, AnswerChecks.DescribedBeforeKind(QuestionParser.Parse(Harbour, question), answer, Text.Stemmer.Stem(QuestionParser.Parse(Harbour, question).AsksNameOf!)));

    [Theory]
    [InlineData("which laws has the council passed?", "There have been a restrictive harbour law and a law on fishing quotas.", true)]
    [InlineData("which buyers would the toll hit?", "The toll would hit buyers of fish – notably Greenwick and Port Alder.", true)]
    [InlineData("which laws has the council passed?", "The council passed a law on fishing.", false)]
    [InlineData("which attacks has the council feared?", "The council fears more harbour attacks.", false)]
    [InlineData("which law has the council passed?", "There have been a restrictive harbour law and a law on fishing quotas.", false)]
    [InlineData("which buyers would the toll hit?", "The toll would hit Greenwick, Port Alder and Hale.", false)]
    [InlineData("what are the names of the ports?", "The harbour has ports along the coast and good roads to towns such as Greenwick and Hale.", false)]
    [InlineData("what are the names of the ports?", "The ports of Greenwick, Port Alder and Hale were closed.", true)]
    public void ListsOfKind_TakesSeveralOfAKindToldByTheirOwnWords_WhenSeveralAreAsked(string question, string answer, bool lists)
    {
        var q = QuestionParser.Parse(Harbour, question);

        Assert.Equal(lists, AnswerChecks.ListsOfKind(q, answer, Text.Stemmer.Stem(q.AsksNameOf!)));
    }

    [Theory]
    [InlineData("which harbour units patrolled the quays?", "Patrolling the quays are the council's dredgers, its tugs, and its pilot boats.", true)]
    [InlineData("which harbour units patrolled the quays?", "The council's dredgers patrol the quays.", false)]
    [InlineData("what are the names of the ports?", "The ports along the coast, the river and the lake were closed.", false)]
    [InlineData("which officials patrolled the quays?", "Patrolling the quays are the council's dredgers, its tugs, and its pilot boats.", false)]
    [InlineData("which unit patrolled the quays?", "Patrolling the quays are the council's dredgers, its tugs, and its pilot boats.", false)]
    public void GivesSeriesOfAsked_TakesASeries_ForSeveralThingsOfAKindTheArticleNeedNotName(string question, string answer, bool gives) =>
        Assert.Equal(gives, AnswerChecks.GivesSeriesOfAsked(QuestionParser.Parse(Harbour, question), answer));

    [Theory]
    [InlineData("which companies won the harbour deal?", "A group of foreign companies won the harbour deal.", true)]
    [InlineData("which companies won the harbour deal?", "Companies such as Alder Dredging won the harbour deal.", false)]
    [InlineData("which companies won the harbour deal?", "Greenwick said the harbour deal went to Alder Dredging.", false)]
    [InlineData("which countries have backed the harbour plan?", "Ruritania and other countries back the harbour plan.", true)]
    [InlineData("which countries have backed the harbour plan?", "Countries such as Ruritania back the harbour plan.", false)]
    [InlineData("which countries have backed the harbour plan?", "Ruritania and Borduria back it, as the two countries usually back harbour plans.", false)]
    [InlineData("what illness did roe have?", "Roe's illness kept her away from the council.", true)]
    [InlineData("which other towns besides port alder share the harbour?", "Greenwick shares the harbour with Port Alder and other towns.", true)]
    [InlineData("which towns apart from greenwick share the harbour?", "Greenwick shares the harbour with Port Alder and other towns.", false)]
    [InlineData("which other countries besides ruritania have backed the harbour plan?", "Ruritania and other countries back the harbour plan, to the dismay of the United States.", true)]
    [InlineData("which other towns besides greenwick share the harbour?", "Greenwick shares the harbour with other towns, which the council of the Alder Towns resents.", true)]
    public void SpeaksOfKindInGeneral_WhenNoNameTheQuestionLacksStandsByTheKind(string question, string answer, bool general)
    {
        var turn = new Turn(Harbour, ConversationState.Empty, QuestionParser.Parse(Harbour, question));

        Assert.Equal(general, AnswerChecks.SpeaksOfKindInGeneral(turn, answer, Text.Stemmer.Stem(turn.Q.AsksNameOf!)));
    }

    [Theory]
    [InlineData("did greenwick end up closing the harbour?", true)]
    [InlineData("what did greenwick offer in return for the toll?", true)]
    [InlineData("what did hale say in reply to greenwick?", true)]
    [InlineData("and what happened after this article?", true)]
    [InlineData("did greenwick close the harbour?", false)]
    [InlineData("what did greenwick do in response to the toll?", false)]
    [InlineData("how did greenwick end the quarrel?", false)]
    public void AskedSequel_IsWhatCameOfSomething_OrWhatWasGivenBack(string question, bool asked) =>
        Assert.Equal(asked, AnswerChecks.AskedSequel(QuestionParser.Parse(Harbour, question)) is not null);

    private const string TollArticle = """
        Harbour Towns Weigh A New Toll

        By Ada Quill | March 4, 2021

        Greenwick refused to pay the new harbour toll, and Port Alder threatened to close its quay.

        Mayor Ivo Sand missed the council meeting in Lorvik on October 11, citing an illness, though critics said the illness was an excuse.

        The Coast League runs a ferry line called the Tern Line between Greenwick and Lorvik.

        The council eventually approved the toll in 2022, after months of talks.

        Corvale sent engineers to Brenmark, and Brenmark promised grain in return.
        """;

    [Theory]
    [InlineData("Did Greenwick end up paying the toll?", AnswerStatus.Unknown, "came of it")]
    [InlineData("What did Port Alder get in return for closing its quay?", AnswerStatus.Unknown, "came of it")]
    [InlineData("Did the council end up approving the toll?", AnswerStatus.Answered, "eventually")]
    [InlineData("What did Brenmark promise in return for the engineers?", AnswerStatus.Answered, "grain")]
    public void Sequel_IsAnsweredOnlyByASentenceTellingIt(string question, AnswerStatus status, string contains) =>
        AssertAnswer("toll.txt", TollArticle, question, status, contains);

    [Theory]
    [InlineData("What illness did Ivo Sand cite?", AnswerStatus.Unknown, "")]
    [InlineData("Which ferry line does the Coast League run?", AnswerStatus.Answered, "Tern Line")]
    public void KindAsked_SaidOnlyInGeneral_NamesNoneOfIt_WhateverElseTheSentenceNames(string question, AnswerStatus status, string contains) =>
        AssertAnswer("toll.txt", TollArticle, question, status, contains);

    private const string LorvikArticle = """
        Harbour Towns Meet In Lorvik

        By Ada Quill | May 2, 2022

        Mayor Ivo Sand missed the council meeting in Lorvik on health grounds, Brenmark officials said.

        Greenwick and Port Alder held talks in Lorvik in April, and the talks drew large crowds.

        Months later, Greenwick accepted a new fishing quota.

        Ivo Sand has taken part in numerous exchange programmes, such as Tern Talks and Harbour School.

        Even though Sand explained his absence on health grounds, analyst Ana Roe told the Tide news agency on October 11, that Sand's "illness" was an excuse to avoid meeting Mayor Hale.

        The Greenwick delegation arrived in Lorvik for the talks on a ferry.

        Greenwick fishermen caught a rare illness, Lorvik fever, in May.

        Port Alder runs the Amber Corridor, a ferry route between Greenwick and Lorvik, and Ivo Sand heads the Coast League.
        """;

    [Theory]
    [InlineData("What illness did Ivo Sand have?", AnswerStatus.Unknown, "")]
    [InlineData("wat illness did sand claim he had exactly", AnswerStatus.Unknown, "")]
    [InlineData("What route does Port Alder run?", AnswerStatus.Answered, "Amber Corridor")]
    [InlineData("What illness did the Greenwick fishermen catch?", AnswerStatus.Answered, "Lorvik fever")]
    [InlineData("What programmes has Ivo Sand taken part in?", AnswerStatus.Answered, "Tern Talks")]
    public void KindOfThingAsked_IsNamedOnlyByTheKind_OrByANameThatIsNoPersonOrState(string question, AnswerStatus status, string contains) =>
        AssertAnswer("lorvik.txt", LorvikArticle, question, status, contains);

    /// <summary>The question asked of a made-up article gets this status, with these words in its answer.</summary>
    private static void AssertAnswer(string file, string article, string question, AnswerStatus status, string contains)
    {
        var answer = Support.DraftedArticle.Ask(file, article, question);

        Assert.True(answer.Status == status && answer.Text.Contains(contains, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("who made the video?", "The council later confirmed that the video was a fake.", true)]
    [InlineData("who founded the fund?", "Greenwick's mayor praised the fund.", true)]
    [InlineData("who made the video?", "Fishermen from Greenwick made the video in May.", false)]
    [InlineData("who founded the fund?", "The fund was founded by the council of Greenwick.", false)]
    public void LeavesOutDeed_RefusesAMaker_WhenTheSentenceDoesNotSayTheMaking(string question, string answer, bool leavesOut)
    {
        var turn = new Turn(Harbour, ConversationState.Empty, QuestionParser.Parse(Harbour, question));

        Assert.Equal(leavesOut, AnswerChecks.LeavesOutDeed(turn, new Reply(new Answer(AnswerStatus.Answered, answer, [], [])), answer));
    }
}
