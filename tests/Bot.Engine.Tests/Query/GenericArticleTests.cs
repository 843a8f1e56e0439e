using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>The engine answers a different article, written here, as well as the shipped one: nothing in it is article-specific.</summary>
public sealed class GenericArticleTests : IDisposable
{
    private readonly SeedFolder _seeds = HarbourArticle.Folder();
    private readonly QueryEngine _engine;

    public GenericArticleTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("who is jane roe", "Mayor of Port Alder")]
    [InlineData("whos hale", "council leader")]
    [InlineData("what does the author conclude about the fishing industry?", "The article concludes: \"Greenwick's refusal can be explained by its fishing industry")]
    [InlineData("who is 'Mayor Roe' in the article?", "Jane Roe: Mayor of Port Alder")]
    [InlineData("who is the mayor of port alder", "Jane Roe")]
    [InlineData("what does greenwick think about dredging", "oyster")]
    [InlineData("what do the greenwickers want", "rejects")]
    [InlineData("who supports the harbour plan", "Roe")]
    [InlineData("who opposes dredging", "Greenwick")]
    [InlineData("when did greenwick reject the plan", "March 9")]
    [InlineData("what happened on march 3", "announced")]
    [InlineData("why did greenwick refuse", "fishing")]
    [InlineData("did greenwick accept the plan?", "No")]
    [InlineData("did greenwick reject the plan", "Yes")]
    [InlineData("what did hale say", "left as it is")]
    [InlineData("what did greenwick say in response?", "left as it is")]
    [InlineData("what did greenwick note about the harbour?", "left as it is")]
    [InlineData("who said the harbour should be left as it is", "Hale")]
    [InlineData("who rejected the harbour plan", "Greenwick")]
    [InlineData("how are greenwick and port alder related", "rivalry")]
    [InlineData("how does the article end?", "The article concludes:")]
    [InlineData("what is the article about", "Harbour Plan Splits Two Towns")]
    [InlineData("who wrote it", "Lena Ortiz")]
    [InlineData("what are the sections", "Fishing Rights")]
    [InlineData("what does the photo show", "2019")]
    [InlineData("whats greenwik's position on dredging", "oyster")]
    [InlineData("greenwick rejected the plan in 2020 i think. when does the article date it?", "March 9")]
    [InlineData("what happened in port alder on march 9?", "rejected")]
    [InlineData("ok, but did roe at least announce a plan?", "Yes")]
    public void Ask_AnswersFromTheSecondArticle(string question, string expected)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.All(answer.Evidence, e => Assert.Equal("harbour-dispute", e.Article));
    }

    [Theory]
    [InlineData("who is the mayor of greenwick")]
    [InlineData("what does port alder think about taxes")]
    [InlineData("when was greenwick founded")]
    [InlineData("who is vladimir putin")]
    [InlineData("who is the deputy mayor of port alder")]
    [InlineData("how did the US react to the harbour plan")]
    [InlineData("who replaced hale as council leader")]
    [InlineData("what were hale's exact words?")]
    [InlineData("on what date was the article published?")]
    [InlineData("how long has greenwick had a rivalry with port alder?")]
    [InlineData("what did roe say to hale after greenwick turned the plan down?")]
    [InlineData("what did roe say about the new rules on her powers?")]
    [InlineData("which MP first said the harbour should be 'left as it is'?")]
    public void Ask_SaysItDoesNotKnow_WhenTheSecondArticleIsSilent(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Fact]
    public void Ask_AsksWhichOne_WhenAFirstNameFitsTwoPeople()
    {
        var conversation = Guid.NewGuid().ToString();

        var question = _engine.Ask(new Question(conversation, "who is tom"));
        var answer = _engine.Ask(new Question(conversation, "hale"));

        Assert.Equal(AnswerStatus.Clarify, question.Status);
        Assert.Contains("Tom Hale", question.Text);
        Assert.Contains("Tom Baker", question.Text);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("council leader", answer.Text);
    }

    [Fact]
    public void Ask_FollowsUp_WithPronounsAndNewSubjects()
    {
        var conversation = Guid.NewGuid().ToString();

        _engine.Ask(new Question(conversation, "who is tom hale"));
        var said = _engine.Ask(new Question(conversation, "what did he say?"));
        var other = _engine.Ask(new Question(conversation, "what does greenwick think about dredging"));
        var why = _engine.Ask(new Question(conversation, "why?"));

        Assert.Contains("left as it is", said.Text);
        Assert.Contains("oyster", other.Text);
        Assert.Contains("fishing", why.Text);
    }

    [Fact]
    public void Ask_OrdersTheLastAnswerAndANamedEvent_WhenAskedBeforeOrAfter()
    {
        var conversation = Guid.NewGuid().ToString();

        _engine.Ask(new Question(conversation, "what happened on march 3"));
        var order = _engine.Ask(new Question(conversation, "was it before or after greenwick rejected the plan?"));

        Assert.StartsWith("In order: (1) March 3", order.Text, StringComparison.Ordinal);
        Assert.Contains("(2) March 9", order.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how did roe react to the rejection?")]
    [InlineData("what did roe answer after greenwick rejected the plan?")]
    public void Ask_SaysTheArticleIsSilent_WhenAskedHowSomeoneRespondedAndNoFactHasThemAct(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Fact]
    public void Ask_TellsWhatHappenedToWhatIsNamed_WhenNoDateIsAsked()
    {
        var answer = DraftedArticle.Ask("town.txt", "Town Notes\n\nIn 2019, the council opened the bridge.\n\n"
            + "In June 2021, the council handed four villages to Greenwick.\n", "wat happened w the villages");

        Assert.Contains("four villages", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bridge", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_GivesEveryEventOfTheDateAsked_WhenTheFirstIsLong()
    {
        var answer = DraftedArticle.Ask("town.txt", "Town Notes\n\n"
            + "On June 22, 2017, Mayor Jane Roe of the town council announced that officials were holding long talks with their colleagues in the two "
            + "neighbouring harbour towns about the potential deployment of new pilot boats to the northern channel during the coming winter season, "
            + "when the storms are at their worst and the old boats can no longer safely put out to sea.\n\n"
            + "On June 23, 2017, the harbour master swiftly denied the mayor's statement, telling the reporters gathered outside the harbour office "
            + "that the town was not negotiating with anyone about sending its pilot boats to the northern channel this winter or at any other time "
            + "in the coming years.\n", "what happened in June 2017?");

        Assert.Contains("June 22", answer.Text, StringComparison.Ordinal);
        Assert.Contains("June 23", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_OrdersOnlyTheEventsOfTheYearAsked_WhenATimelineNamesOne()
    {
        var answer = DraftedArticle.Ask("town.txt", "Town Notes\n\nIn 2019, the council opened the bridge.\n\n"
            + "In June 2021, the council reopened the port.\n\nIn May 2021, the council closed the port.\n", "put the 2021 events in chronological order");

        Assert.DoesNotContain("2019", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Text.IndexOf("May 2021", StringComparison.Ordinal) is >= 0 and var may && may < answer.Text.IndexOf("June 2021", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void Ask_SaysNoAndWhatTheArticleSays_WhenAClaimDescribesItsSubjectByANameNoArticleUses()
    {
        var answer = DraftedArticle.Ask("port.txt", "Port Deal\n\nThe town announced that a Chinese consortium had won the deep harbour port project.\n", "did a turkish company get the harbour port project");

        Assert.StartsWith("No. The article doesn't mention turkish. What it says: ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Chinese consortium", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SaysNo_WhenAClaimPutsACountryTheArticleNeverNamesWhereItNamesOthers()
    {
        var answer = DraftedArticle.Ask("car.txt", "Car Deals\n\nThe carmaker signed supply deals with France and Spain in 2021, and hired an Australian engineer.\n", "did the carmaker sign supply deals with austria?");

        Assert.StartsWith("No. The article doesn't mention Austria.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnswersFromSentences_WhenAnArticleHasNoAnnotation()
    {
        var answer = DraftedArticle.Ask("tides.txt", "Notes On Tides\n\nThe spring tide flooded the lower harbour road on Friday.\n", "what flooded the harbour road?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("spring tide", answer.Text);
        Assert.Equal(1, Assert.Single(answer.Evidence).Paragraph);
    }

    [Theory]
    [InlineData("In May 2020", "which day did the council close the bridge?", "May 2020, not the day")]
    [InlineData("In 2020", "in which month did the council close the bridge?", "2020, not the month")]
    public void Ask_SaysOnlyWhatTheDateGives_WhenAskedForAFinerDate(string dated, string question, string given)
    {
        using var seeds = new SeedFolder().With("bridge.txt", $"Bridge Closed\n\n{dated}, the town council closed the old bridge to traffic.\n");
        var engine = new QueryEngine(SeedLoader.Load(seeds.Path));

        var finer = engine.Ask(new Question("c", question));
        var when = engine.Ask(new Question("d", "when did the council close the bridge?"));

        Assert.Equal(AnswerStatus.Unknown, finer.Status);
        Assert.Contains(given, finer.Text, StringComparison.Ordinal);
        Assert.Equal(AnswerStatus.Answered, when.Status);
    }

    [Theory]
    [InlineData("how many families fled the valley?", "4,000 families")]
    [InlineData("how many villages did the council give to Greenwick?", "three villages")]
    [InlineData("how much of the budget goes to the bridge?", "12% of its budget")]
    [InlineData("how much did the council hand the families?", "£2 million")]
    public void Ask_GivesTheSentenceCountingWhatIsAsked_WhenAnArticleHasNoAnnotation(string question, string expected)
    {
        var answer = DraftedArticle.Ask("valley.txt", "Valley Emptied\n\nThe flood came in 2021. After the flight of 4,000 families from the valley, "
            + "the council gave three villages to Greenwick.\n\nLater the council handed the families £2 million.\n\nThe town now spends 12% of its budget on the new bridge, which took two years to build.\n", question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("were the fishermen happy with the dredging plan?", "No")]
    [InlineData("were the fishermen angry about the dredging plan?", "Yes")]
    [InlineData("is the harbour party a small party on the council?", "No")]
    [InlineData("does the council learn from its mistakes?", "No")]
    [InlineData("did the traders take part in the vote?", "No")]
    [InlineData("did the traders take part in the vote and simply lose it?", "No")]
    [InlineData("is the dredging row short-lived?", "No")]
    [InlineData("is the dredging dispute in town short-lived?", "No")]
    [InlineData("does the harbour party care about the traders of the town?", "No")]
    [InlineData("does the new pier bring major benefits to the fishermen?", "No")]
    public void Ask_ReadsSentimentAndSizeAgainstTheArticlesWords_WhenAClaimUsesOthers(string question, string start)
    {
        var answer = DraftedArticle.Ask("harbour.txt", "Dredging Row\n\nThe fishermen of Greenwick expressed virulent opposition to the dredging plan in 2020.\n\n"
            + "The harbour party overwhelmingly dominates the town council.\n\nThe town council fails to learn from its mistakes.\n\nThe traders boycotted the vote, which the harbour party won.\n\n"
            + "The dredging row is likely to be an enduring feature of town life.\n\nThe harbour party pays only nominal attention to the traders of the town.\n\nThe new pier brings limited benefits to the fishermen.\n", question);

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is it strong in the council?")]
    [InlineData("is it powerful?")]
    public void Ask_ReadsDominatingAsStrength_WhenAFollowUpAsksWhetherAPartyIsStrong(string question)
    {
        using var seeds = new SeedFolder().With("council.txt", "Council Notes\n\nThe fishermen co-ordinated their boycott of the new pier with the traders.\n\n"
            + "Although the harbour party overwhelmingly dominates the town council, last year's protests over bus fares showed that ignoring the traders has a cost.\n");
        var engine = new QueryEngine(SeedLoader.Load(seeds.Path));
        engine.Ask(new Question("strength", "what is the harbour party?"));

        Assert.StartsWith("Yes", engine.Ask(new Question("strength", question)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("do the traders now have a stronger position in the town?", "Yes")]
    [InlineData("has the council already given new funds to the traders?", "No, not yet.")]
    [InlineData("did the council give new funds to the traders?", "The article doesn't say that happened.")]
    [InlineData("is it accurate that the Ruritanian transport minister announced a toll?", "Yes")]
    [InlineData("has the mayor thanked the traders?", "No")]
    [InlineData("does the article say the mayor admits the toll is designed to punish the local traders?", "No")]
    public void Ask_ReadsComparisonsAndWhatMightHappen_WhenCheckingAClaim(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("tolls.txt", "Bridge Tolls\n\nThe traders now enjoy a stronger position than they had previously in the town.\n\n"
            + "The council could give new funds to the traders.\n\nThe Ruritanian transport minister announced a toll on the bridge.\n\n"
            + "The mayor has yet to thank the traders.\n\nThe mayor insists that the toll does not intend to punish the local traders but rather pays for the upkeep of the bridge.\n", question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("did the fishermen campaign on Port Alder's side?", "No")]
    [InlineData("did the fishermen campaign on behalf of Port Alder?", "No")]
    [InlineData("did the fishermen campaign against Port Alder?", "Yes")]
    public void Ask_SaysNo_WhenTheClaimPutsANameOnTheOtherSide(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("ferry.txt", "Ferry Row\n\nPort Alder and Greenwick quarrelled over the ferry in 2020.\n\n"
            + "The fishermen of Greenwick campaigned against Port Alder in the ferry dispute.\n", question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Goods now travel through a transit corridor in the south.", "Which corridor carries the goods?", AnswerStatus.Unknown)]
    [InlineData("Goods now travel through the Amber Corridor in the south.", "Which corridor carries the goods?", AnswerStatus.Answered)]
    [InlineData("Goods now travel through Norway-linked trade corridors in the south.", "Which corridor carries the goods?", AnswerStatus.Unknown)]
    [InlineData("A senior official made the claim about the goods in May.", "Which official made the claim about the goods?", AnswerStatus.Unknown)]
    [InlineData("Mayor Ann Fenn made the claim about the goods in May.", "Which official made the claim about the goods?", AnswerStatus.Answered)]
    public void Ask_NeedsANameBesideTheKindAsked_WhenAskedWhichOne(string sentence, string question, AnswerStatus status) =>
        Assert.Equal(status, DraftedArticle.Ask("goods.txt", $"Goods Route\n\n{sentence}\n", question).Status);

    [Theory]
    [InlineData("Higher fuel prices are the main reason for the losses of the ferry this year.", AnswerStatus.Answered)]
    [InlineData("Higher fuel prices came with the losses of the ferry this year.", AnswerStatus.Unknown)]
    public void Ask_AnswersWhyFromASentenceGivingAReason_WhenItSaysHalfOfWhatIsAsked(string sentence, AnswerStatus status) =>
        Assert.Equal(status, DraftedArticle.Ask("ferry.txt", $"Ferry Losses\n\nThe council runs the ferry.\n\n{sentence}\n", "why is the ferry making losses under the council?").Status);

    [Fact]
    public void Ask_SaysWhoDidIt_WhenAskedWhichCountriesDidSomethingWithANamedOne()
    {
        var answer = DraftedArticle.Ask("summits.txt", "Summit Season\n\nPort Alder is a harbour town.\n\nSummits with Port Alder have been organised by Norway and Chile in 2023.\n",
            "Which countries have organised summits with Port Alder?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Chile", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_TakesAnOfficeForTheOfficialAsked_WhenTheArticleGivesNoName()
    {
        var answer = DraftedArticle.Ask("tolls.txt", "Bridge Tolls\n\nThe Ruritanian transport minister announced a toll on the bridge.\n", "Which Ruritanian official announced the toll?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("transport minister", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SaysNoWithTheClosestSentence_WhenAskedWhetherTheArticleSaysWhatNoSentenceSays()
    {
        var answer = DraftedArticle.Ask("tolls.txt", "Bridge Tolls\n\nThe traders have yet to use their full weight against the council.\n\nThe mayor opened the bridge in May.\n", "Does the article say the traders sued the council over the bridge?");

        Assert.StartsWith("No, not in those words. The closest it comes: \"The traders have yet to use", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which adjective does the article attach to the traders' refusal?")]
    public void Ask_QuotesTheSentenceWhereAWordQualifiesWhatIsAsked_WhenAskedForTheArticlesWording(string question)
    {
        var answer = DraftedArticle.Ask("row.txt", "Bridge Row\n\nThe refusal of the traders came in May, after the vote.\n\n"
            + "The traders' blunt refusal angered the mayor.\n", question);

        Assert.Contains("blunt refusal", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_QuotesTheSentenceNamingWhoIsAsked_WhenTheFactsSummaryLeavesTheNameOut()
    {
        const string model = """
            article:
              summary: "Officials rejected the harbour plan."
              quote: "rejected the harbour plan"
            actors:
              - id: officials
                name: local officials
                kind: group
                role: "Officials of the town."
                quote: "Local officials"
              - id: fenn
                name: Ann Fenn
                kind: person
                role: "Harbour master."
                quote: "harbour master Ann Fenn"
            topics:
              - id: plan
                name: the harbour plan
                quote: "the harbour plan"
            positions:
              - id: officials-on-plan
                actor: officials
                topic: plan
                stance: opposes
                statement: "Local officials rejected the harbour plan."
                quote: "rejected the harbour plan"
            """;
        using var seeds = new SeedFolder().With("port.txt", "Port Row\n\nLocal officials, like harbour master Ann Fenn, rejected the harbour plan.\n").With("port.model.yaml", model);
        var engine = new QueryEngine(SeedLoader.Load(seeds.Path));

        var answer = engine.Ask(new Question("c", "which official rejected the harbour plan?"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Ann Fenn", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the capacity of the new bridge?")]
    [InlineData("what was the contract value for the bridge?")]
    public void Ask_SaysTheArticleGivesNoNumber_WhenAskedForAnAmountOnlyItsWordsAbout(string question)
    {
        var answer = DraftedArticle.Ask("bridge.txt", "Bridge Opened\n\nIn 2021, a local builder finished the new bridge under a contract with the town council.\n", question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.StartsWith("The article doesn't give a number", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was the factory moved from france to spain?", "Yes")]
    [InlineData("was the factory moved from spain to france?", "No")]
    [InlineData("the factory was moved to portugal, right?", "No")]
    [InlineData("did the carmaker move its factory in france?", "Yes")]
    public void Ask_ChecksWhereFromAndWhereTo_WhenAClaimSaysSomethingMoved(string question, string start)
    {
        var answer = DraftedArticle.Ask("plant.txt", "Plant Moves\n\nIn March 2021, the carmaker moved its factory from France to Spain, and Portugal lost the contract.\n", question);

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }
}
