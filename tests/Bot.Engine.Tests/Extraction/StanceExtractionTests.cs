using Bot.Engine.Extraction;
using Bot.Engine.Loading;
using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

public sealed class StanceExtractionTests
{
    [Theory]
    [InlineData("Chile's refusal to sign the treaty surprised Lima.", "Chile", Stance.Opposes)]
    [InlineData("Peru's support for a larger quota is well known.", "Peru", Stance.Supports)]
    [InlineData("Bolivia's openness to a new port contrasts with Chile's stance.", "Bolivia", Stance.Supports)]
    [InlineData("Peru opposes the new fishing quota.", "Peru", Stance.Opposes)]
    [InlineData("Chile's resistance to the quota has grown.", "Chile", Stance.Opposes)]
    [InlineData("Chilean fishermen expressed fierce opposition to the quota.", "Chilean fishermen", Stance.Opposes)]
    [InlineData("Peru rejected the proposal within a day.", "Peru", Stance.Opposes)]
    [InlineData("Bolivia wants a corridor to the sea.", "Bolivia", Stance.Supports)]
    [InlineData("Peru is open to a joint patrol.", "Peru", Stance.Supports)]
    [InlineData("Bolivia calls for a neutral commission.", "Bolivia", Stance.Supports)]
    [InlineData("Chile favours a slower timetable.", "Chile", Stance.Supports)]
    [InlineData("Mayor Ines Ortega argued that the council should refrain from new taxes.", "Ines Ortega", Stance.Opposes)]
    [InlineData("Peru's approach to the dispute differs from Chile's.", "Peru", Stance.Neutral)]
    [InlineData("Bolivia abstained from voting on the resolution.", "Bolivia", Stance.Neutral)]
    [InlineData("Bolivia voted against the resolution.", "Bolivia", Stance.Opposes)]
    [InlineData("Peru campaigned for a larger quota.", "Peru", Stance.Supports)]
    [InlineData("Chile voted down the fishing quota.", "Chile", Stance.Opposes)]
    [InlineData("Senator Luis Prado said Peru voted against the quota it had backed in May.", "Luis Prado", Stance.Opposes)]
    [InlineData("Chile's staunch pro-Lima approach annoyed Bolivia.", "Chile", Stance.Supports)]
    [InlineData("Looking ahead, Peru aims to become a hub for Pacific trade.", "Peru", Stance.Supports)]
    [InlineData("Chile is determined to build the tunnel.", "Chile", Stance.Supports)]
    [InlineData("Bolivia is looking towards the Atlantic ports.", "Bolivia", Stance.Supports)]
    [InlineData("Peru's pivot towards Asian markets worries Chile.", "Peru", Stance.Supports)]
    [InlineData("The dispute strengthened Bolivia's determination not to sign.", "Bolivia", Stance.Opposes)]
    [InlineData("Peru has long pursued a free trade pact.", "Peru", Stance.Supports)]
    [InlineData("Bolivia has courted investors for its lithium mines.", "Bolivia", Stance.Supports)]
    [InlineData("Chile shunned the summit on river rights.", "Chile", Stance.Opposes)]
    [InlineData("Peru warned Chile against a naval blockade.", "Peru", Stance.Opposes)]
    [InlineData("Chile has told foreign trawlers not to fish in its bay.", "Chile", Stance.Opposes)]
    [InlineData("Bolivia ruled out talks with the miners.", "Bolivia", Stance.Opposes)]
    [InlineData("Peru promised subsidies for the fishermen.", "Peru", Stance.Supports)]
    [InlineData("Governor Ana Ruiz flew to the port, hoping to calm the dockers.", "Ana Ruiz", Stance.Supports)]
    [InlineData("Chile urged the fleet to return to port.", "Chile", Stance.Supports)]
    [InlineData("According to Senator Luis Prado, the new toll is \u201Cincompatible with fair trade\u201D.", "Luis Prado", Stance.Opposes)]
    [InlineData("Governor Ana Ruiz said the toll was unacceptable.", "Ana Ruiz", Stance.Opposes)]
    [InlineData("Governor Ana Ruiz says the toll violates the treaty.", "Ana Ruiz", Stance.Opposes)]
    [InlineData("Chile's leaders reject that claim.", "Chile", Stance.Opposes)]
    [InlineData("\"Where is the proof?\" said Senator Luis Prado, denying pro-Chilean bias on the radio.", "Luis Prado", Stance.Opposes)]
    // A verdict on what is named: dismissed as, called a mistake, warned that it would.
    [InlineData("Peru dismissed the treaty as a relic of the past.", "Peru", Stance.Opposes)]
    [InlineData("Chile called the new toll a costly mistake.", "Chile", Stance.Opposes)]
    [InlineData("Governor Ana Ruiz warned that the toll would ruin the port.", "Ana Ruiz", Stance.Opposes)]
    // Critics and supporters of something hold their name's stance on what they argue.
    [InlineData("Critics argue that the toll resembles a medieval levy.", "critics", Stance.Opposes)]
    // An appetite shown is a want; one said to be little or none is a stance against.
    [InlineData("Peru has shown little appetite for a new fishing quota.", "Peru", Stance.Opposes)]
    [InlineData("Chile had no appetite for another border war.", "Chile", Stance.Opposes)]
    [InlineData("Bolivia has shown a growing appetite for Pacific trade.", "Bolivia", Stance.Supports)]
    // A plural subject takes the bare verb; a refusal may be said as a future denied.
    [InlineData("Chilean fishermen favour a slower timetable.", "Chilean fishermen", Stance.Supports)]
    [InlineData("Chilean fishermen want a larger quota.", "Chilean fishermen", Stance.Supports)]
    [InlineData("Chilean fishermen support the new quota.", "Chilean fishermen", Stance.Supports)]
    [InlineData("Chilean fishermen met the mayor, and they want a larger quota.", "Chilean fishermen", Stance.Supports)]
    [InlineData("Peru agreed with Chile on the new quota.", "Peru", Stance.Supports)]
    [InlineData("Peru will not recognise the new border.", "Peru", Stance.Opposes)]
    [InlineData("Senator Luis Prado said Peru would not enforce the toll.", "Luis Prado", Stance.Opposes)]
    [InlineData("Chile won't sign the fishing treaty.", "Chile", Stance.Opposes)]
    public void Extract_FindsPosition_WithHolderAndStance(string sentence, string holder, Stance stance)
    {
        var model = Drafts.Of(sentence);

        var position = Assert.Single(model.Positions, p => model.NameOf(p.Actor) == holder);
        Assert.Equal(stance, position.Stance);
        Assert.Contains(position.Evidence.Quote, sentence);
        Assert.Contains(model.Topics, t => t.Id == position.Topic);
    }

    [Theory]
    [InlineData("Governor Ana Ruiz and Senator Luis Prado rejected the toll.", "Ana Ruiz|Luis Prado", Stance.Opposes)]
    [InlineData("Governor Ana Ruiz and Luis Prado, the port's mayor, warned the council against the toll.", "Ana Ruiz|Luis Prado", Stance.Opposes)]
    // The example named for a group holds what the group does.
    [InlineData("Chilean fishermen, like Luis Prado, have urged the council to cut the tolls.", "Chilean fishermen|Luis Prado", Stance.Supports)]
    [InlineData("As Chilean fishermen, such as Luis Prado, have urged the council to cut the tolls, the mayor gave in.", "Chilean fishermen|Luis Prado", Stance.Supports)]
    public void Extract_GivesEverySubjectThePosition_WhenNamesAreJoinedByAndOrNamedAsExamples(string sentence, string holders, Stance stance)
    {
        var model = Drafts.Of(sentence);

        foreach (var holder in holders.Split('|'))
            Assert.Equal(stance, Assert.Single(model.Positions, p => model.NameOf(p.Actor) == holder).Stance);
    }

    [Fact]
    public void Extract_GivesTheOpeningActorAView_WhenACrowdSpeaksOnlyInTheSecondClause()
    {
        var sentence = "Peru has not signed the treaty, and critics say it never will.";

        var model = Drafts.Of(sentence);

        Assert.Contains(model.Positions, p => model.NameOf(p.Actor) == "Peru" && p.Statement == sentence);
        Assert.Contains(model.Positions, p => model.NameOf(p.Actor) == "critics" && p.Stance == Stance.Opposes);
    }

    [Theory]
    [InlineData("Chile has built three new ports along its coast.", "Chile", "new ports along its coast")]
    [InlineData("Since then, Peru has traded mostly with Asia.", "Peru", "Asia")]
    // The topic is what the verb is about, not the verb.
    [InlineData("Chile basks in its fishing boom.", "Chile", "fishing boom")]
    [InlineData("Meanwhile, Peru continues to put an emphasis on deep sea ports.", "Peru", "emphasis on deep sea ports")]
    [InlineData("Bolivia appears to only be paying nominal attention.", "Bolivia", "nominal attention")]
    [InlineData("Despite Peru's pleas, Chile has kept its trawlers in the bay.", "Chile", "trawlers in the bay")]
    public void Extract_GivesTheOpeningActorAView_WhenNoOtherFactHoldsTheSentence(string sentence, string holder, string topic)
    {
        var model = Drafts.Of(sentence);

        var position = Assert.Single(model.Positions);
        Assert.Equal(holder, model.NameOf(position.Actor));
        Assert.Equal(sentence, position.Statement);
        Assert.Contains(position.Evidence.Quote, sentence, StringComparison.Ordinal);
        Assert.Equal(topic, model.Topics.Single(t => t.Id == position.Topic).Name);
    }

    [Theory]
    [InlineData("Governor Ana Ruiz has no wish to close the port. She would sooner tax the trawlers.", "She would sooner")]
    [InlineData("Governor Ana Ruiz has no wish to close the port. She may even welcome Luis Prado's plan for it. But she cannot afford to anger the dockers.", "But she cannot")]
    public void Extract_GivesTheViewOfASentenceOpeningWithHeOrShe_ToWhomTheRunOfSuchSentencesStartedWith(string paragraph, string opening)
    {
        var model = Drafts.Of(paragraph);

        var position = Assert.Single(model.Positions, p => p.Statement.StartsWith(opening, StringComparison.Ordinal));
        Assert.Equal("Ana Ruiz", model.NameOf(position.Actor));
    }

    [Theory]
    [InlineData("Now that the port is Chilean and Peru is looking to new markets, trade has shifted.", "Chile")]
    [InlineData("Peru lost the vote. It is a warning that promises of aid are not enough.", "Peru")]
    [InlineData("Peru may replace its old boats with Chilean-backed ferries.", "Peru")]
    // "support" after a plural noun is a noun when nothing it supports follows; a want denied is no want.
    [InlineData("Chilean fishermen receive support from Peru.", "Chilean fishermen")]
    [InlineData("Chilean fishermen do not want a larger quota.", "Chilean fishermen")]
    [InlineData("Peru would not comment on the quota.", "Peru")]
    public void Extract_GivesNoStance_ToANameThatIsNoSubjectOfTheCue(string sentence, string name)
    {
        var model = Drafts.Of(sentence);

        Assert.DoesNotContain(model.Positions, p => model.NameOf(p.Actor) == name && p.Stance != Stance.Neutral);
    }

    [Theory]
    [InlineData("According to Senator Luis Prado, the new toll is \u201Cincompatible with fair trade\u201D.", "Luis Prado", "new toll")]
    public void Extract_TakesTheTopicOfAVerdict_FromWhatItJudges(string sentence, string holder, string topic)
    {
        var model = Drafts.Of(sentence);

        var position = Assert.Single(model.Positions, p => model.NameOf(p.Actor) == holder);
        Assert.Equal(Stance.Opposes, position.Stance);
        Assert.Contains(topic, model.Topics.Single(t => t.Id == position.Topic).Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trade with Chile has grown since the new ports opened.")]
    [InlineData("Chile's new ports along the coast are busy.")]
    [InlineData("After a long and difficult winter, Chile reopened its ports.")]
    [InlineData("Peru said that Chile had built three new ports.")]
    [InlineData("Does Chile need new ports?")]
    public void Extract_GivesNoOpeningView_WhenTheActorIsNoSubjectOrTheSentenceIsTakenOrAsks(string sentence)
    {
        var model = Drafts.Of(sentence);

        Assert.DoesNotContain(model.Positions, p => model.NameOf(p.Actor) == "Chile");
    }

    [Theory]
    [InlineData("Yet, the new quay is a decisive step for the harbour.", "new quay")]
    [InlineData("The fishing fleet has shrunk by half since the storms.", "fishing fleet")]
    [InlineData("With the old harbour silting up year after year, the fishing fleet has moved north.", "fishing fleet")]
    public void Extract_GivesTheSoleAuthorTheView_WhenNoActorOpensTheSentence(string sentence, string topic)
    {
        var model = Drafts.Of(sentence);

        var position = Assert.Single(model.Positions);
        Assert.Equal("Ada Writer", model.NameOf(position.Actor));
        Assert.Equal(sentence, position.Statement);
        Assert.StartsWith(topic, model.Topics.Single(t => t.Id == position.Topic).Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By Ada Writer", "The tariff is likely to rise.")]
    [InlineData("By Lena Varga and Tomas Ek", "The tariff is likely to rise.")]
    [InlineData("By Lena Varga, Tomas Ek and Rosa Lind", "We argue that the tariff hurts farmers.")]
    [InlineData("By Lena Varga & Tomas Ek", "The authors believe the harbour will close.")]
    [InlineData("By Lena Varga and Tomas Ek", "In our view, the tariff is too high.")]
    [InlineData("By Lena Varga and Tomas Ek", "Ironically, the new harbour stands empty.")]
    [InlineData("By Lena Varga and Tomas Ek", "There is an urgent need to dredge the harbour.")]
    [InlineData("By Lena Varga and Tomas Ek", "If Peru wants more trade, it must open its harbours.")]
    [InlineData("By Lena Varga and Tomas Ek", "Should Peru raise its tolls, it risks a revolt among the fishermen.")]
    [InlineData("By Lena Varga and Tomas Ek", "Cheaper tolls could bring the fishermen back.")]
    [InlineData("By Lena Varga and Tomas Ek", "Talks with the smugglers would carry risks that even the harbour master admits.")]
    [InlineData("By Lena Varga and Tomas Ek", "The council must be bold and fair.")]
    [InlineData("By Lena Varga and Tomas Ek", "There are indications that the fishermen still distrust the council.")]
    [InlineData("By Lena Varga and Tomas Ek", "The most important lesson of all is that the harbour needs dredging.")]
    [InlineData("By Lena Varga and Tomas Ek", "It is time to stop ignoring the fishermen.")]
    [InlineData("By Lena Varga and Tomas Ek", "But it would be naive to blame the storms alone.")]
    public void Extract_GivesEveryAuthorThePosition_WhenTheArticleJudgesInItsOwnVoice(string byline, string sentence)
    {
        var model = ArticleExtractor.Extract("s", "s.txt", $"Ports of the South\n\n{byline}\n\nTrade grew in 2020. {sentence}\n");

        foreach (var author in Bylines.Names(byline[3..]))
            Assert.Single(model.Positions, p => model.NameOf(p.Actor) == author && p.Statement == sentence);
    }

    [Theory]
    [InlineData("A sudden deal would expose the harbour towns to grave risks.")]
    [InlineData("Political risks at home expand as the tolls rise.")]
    public void Extract_GivesTheAuthorsNoPosition_WhenRisksIsTheNounNotTheVerb(string sentence)
    {
        var model = ArticleExtractor.Extract("s", "s.txt", $"Ports of the South\n\nBy Lena Varga and Tomas Ek\n\nTrade grew in 2020. {sentence}\n");

        Assert.DoesNotContain(model.Positions, p => p.Statement == sentence);
    }

    [Fact]
    public void Extract_GivesTheOutletTheArticlesOwnJudgement_WhenThePieceIsUnsigned()
    {
        var model = ArticleExtractor.Extract("s", "s.txt", "Ports of the South\n\nBy The Harbour Review (Coast section, unsigned), Lima\n\nTrade grew in 2020. There are indications that the fishermen still distrust the council.\n");

        Assert.Contains(model.Positions, p => model.NameOf(p.Actor) == "The Harbour Review" && p.Statement.StartsWith("There are indications", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuotesWhatWasSaid_WhenTheTagClosesTheSentence()
    {
        var model = Drafts.Of("Mayor Ines Ortega, a former fisherman, watched the boats. Only ten boats went out to sea, she said.", "Trade with Chile grew fast. Tolls on the bridge rose.");

        var said = Assert.Single(model.Positions, p => p.Statement.StartsWith("Only ten boats", StringComparison.Ordinal));
        Assert.Contains("ten boats", said.Evidence.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(model.Topics, t => t.Name.Trim('.').Length == 0);
    }

    [Theory]
    [InlineData("Mayor Ines Ortega said the harbour must close.")]
    [InlineData("The harbour closed in May.")]
    [InlineData("Officials in the port privately admit that the harbour could close for years.")]
    [InlineData("Engineers at the port warned that the old quay must be rebuilt.")]
    public void Extract_GivesTheAuthorsNoPosition_WhenSomeoneElseSpeaksOrNoOneJudges(string sentence)
    {
        var model = ArticleExtractor.Extract("s", "s.txt", $"Ports of the South\n\nBy Lena Varga and Tomas Ek\n\nTrade grew in 2020. {sentence}\n");

        Assert.DoesNotContain(model.Positions, p => model.NameOf(p.Actor) is "Lena Varga" or "Tomas Ek");
    }

    [Fact]
    public void Extract_NamesTopicsAfterPhrasesThatRecur()
    {
        var model = Drafts.Of(
            "Peru opposes the fishing quota.",
            "Chile supports the fishing quota.",
            "The fishing quota expires in 2024.");

        var topic = Assert.Single(model.Topics, t => t.Name == "fishing quota");
        Assert.All(model.Positions, p => Assert.Equal(topic.Id, p.Topic));
    }

    [Theory]
    [InlineData("As reporter Omar Haddad noted in April, the harbour tolls are far too high.", "Omar Haddad", "harbour tolls")]
    [InlineData("Mayor Ines Ortega said last week, in a speech at the port, that the bridge would open.", "Ines Ortega", "speech")]
    public void Extract_TakesTheTopicPastAClauseThatOnlyDatesTheVerb(string sentence, string holder, string topic)
    {
        var model = Drafts.Of(sentence);

        var position = Assert.Single(model.Positions, p => model.NameOf(p.Actor) == holder);
        Assert.Contains(topic, model.Topics.Single(t => t.Id == position.Topic).Name, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("But Peruvians would almost certainly reject the fishing treaty if a referendum were held today.", "Peru", "fishing treaty")]
    [InlineData("Chile opposes the new toll because it hurts small ports.", "Chile", "new toll")]
    public void Extract_EndsTheTopic_WhereAClauseOfConditionOrReasonBegins(string sentence, string holder, string topic)
    {
        var model = Drafts.Of(sentence);

        var topics = model.Positions.Where(p => model.NameOf(p.Actor) == holder).Select(p => model.Topics.Single(t => t.Id == p.Topic).Name);
        Assert.Equal([topic], topics);
    }

    [Theory]
    [InlineData("Dock workers unload a trawler. (Photo credit: Harbour Agency)")]
    [InlineData("Photo credit: Harbour Agency.")]
    public void Extract_DraftsNoView_ForANameThatEndsItsSentence(string paragraph)
    {
        var model = Drafts.Of("Peru and Chile widened their fishing pact.", paragraph, "Ferries run daily.");

        Assert.DoesNotContain(model.Positions, p => model.NameOf(p.Actor) == "Harbour Agency");
        Assert.All(model.Topics, t => Assert.Contains(t.Name, char.IsLetter));
    }
}
