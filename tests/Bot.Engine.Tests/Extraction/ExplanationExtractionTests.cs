using Bot.Engine.Extraction;

namespace Bot.Engine.Tests.Extraction;

public sealed class ExplanationExtractionTests
{
    [Theory]
    [InlineData("Peru's refusal to sign can be explained by fears of losing its fishing grounds.", "Peru's refusal to sign", "fears of losing its fishing grounds")]
    [InlineData("Chile's solidarity with Bolivia could also explain the mayor's decision to stay away.", "the mayor's decision to stay away", "Chile's solidarity with Bolivia")]
    [InlineData("The harbour closed early because the storm damaged the pier.", "The harbour closed early", "the storm damaged the pier")]
    [InlineData("The ferry stopped due to rising fuel costs.", "The ferry stopped", "rising fuel costs")]
    [InlineData("As public anger over the tolls is so widespread, the council dropped them.", "the council dropped them", "public anger over the tolls is so widespread")]
    [InlineData("These fears are real, as local fishermen lost boats in 2019.", "These fears are real", "local fishermen lost boats in 2019")]
    [InlineData("In response to the tolls, drivers blocked the bridge.", "drivers blocked the bridge", "the tolls")]
    [InlineData("The long delays contributed to the mayor's defeat.", "the mayor's defeat", "The long delays")]
    [InlineData("The port's silting has led to long delays.", "long delays", "The port's silting")]
    [InlineData("Cheap loans could also lead to a housing bubble.", "a housing bubble", "Cheap loans")]
    [InlineData("The cold winter triggered a sharp rise in fuel prices.", "a sharp rise in fuel prices", "The cold winter")]
    [InlineData("The strike at the docks has resulted in empty shelves.", "empty shelves", "The strike at the docks")]
    [InlineData("Border clashes and old distrust have impeded the river talks.", "the river talks", "Border clashes and old distrust")]
    [InlineData("Arrests and threats had undermined the strikers' resolve.", "the strikers' resolve", "Arrests and threats")]
    [InlineData("Peru's stance is closely intertwined with its membership in the River Council.", "Peru's stance", "its membership in the River Council")]
    [InlineData("Chile's shift to rail is underpinned by a long drought in the north.", "Chile's shift to rail", "a long drought in the north")]
    [InlineData("The fall in exports is largely attributed to new tariffs on copper.", "The fall in exports", "new tariffs on copper")]
    [InlineData("The port's growth has been driven by cheap fuel.", "The port's growth", "cheap fuel")]
    [InlineData("These forecasts were largely the product of wishful thinking.", "These forecasts", "wishful thinking")]
    [InlineData("The empty shelves are a direct consequence of the dock strike.", "The empty shelves", "the dock strike")]
    [InlineData("Yet, given the high cost of fuel, the fleet stayed in port.", "the fleet stayed in port", "the high cost of fuel")]
    [InlineData("The harbour froze early, which means that the ferries stopped in November.", "the ferries stopped in November", "The harbour froze early")]
    [InlineData("High tariffs, weak demand and poor roads mean that few farmers export their grain.", "few farmers export their grain", "High tariffs, weak demand and poor roads")]
    [InlineData("In light of the storms and the floods, the ferry was cancelled.", "the ferry was cancelled", "the storms and the floods")]
    [InlineData("Amid rising fuel prices, the fleet stayed in port.", "the fleet stayed in port", "rising fuel prices")]
    [InlineData("Having lost the vote, the mayor depends on the harbour board.", "the mayor depends on the harbour board", "lost the vote")]
    [InlineData("Trade along the coast slowed as a result of the new tariffs.", "Trade along the coast slowed", "the new tariffs")]
    [InlineData("The new toll comes from the same old playbook of the harbour board.", "The new toll", "the same old playbook")]
    [InlineData("Yet, given strong support for the bridge, it is unlikely that voters, or even the mayor, will back the ferry.", "it is unlikely that voters", "strong support for the bridge")]
    [InlineData("Moreover, in response to the tolls, the drivers blocked the bridge.", "the drivers blocked the bridge", "the tolls")]
    [InlineData("The council is raising the levee faster, likely in response to the spring floods.", "The council is raising the levee faster", "the spring floods")]
    [InlineData("The navy has moved its ships to the north, leaving a gap for smugglers to exploit.", "a gap for smugglers to exploit", "The navy has moved its ships to the north")]
    [InlineData("Fuel prices doubled in the spring, forcing the fleet to stay in port.", "the fleet to stay in port", "Fuel prices doubled in the spring")]
    [InlineData("The mayor has resorted to inflating the harbour's profits as he seeks to keep the council's backing.", "The mayor has resorted to inflating the harbour's profits", "keep the council's backing")]
    [InlineData("The ferry will not sail this winter, since it lacks a licence for the northern route.", "The ferry will not sail this winter", "it lacks a licence")]
    [InlineData("The long drought explains why the farmers sold their cattle.", "the farmers sold their cattle", "The long drought")]
    [InlineData("The harbour master was jailed for two years for blocking the river road.", "The harbour master was jailed for two years", "blocking the river road")]
    [InlineData("Three skippers were fined after refusing to pay the new toll.", "Three skippers were fined", "refusing to pay the new toll")]
    [InlineData("Crowds filled the square, angered by the council's decision to close the port.", "Crowds filled the square", "the council's decision to close the port")]
    [InlineData("If Peru had joined the pact, its fishing fleet would have lost the northern grounds.", "its fishing fleet would have lost the northern grounds", "Peru had joined the pact")]
    [InlineData("The mayor closed the fish market in a bid to calm the striking dockers.", "The mayor closed the fish market", "calm the striking dockers")]
    [InlineData("Peru kept its navy in port for fear of provoking Chile.", "Peru kept its navy in port", "provoking Chile")]
    [InlineData("The crew switched off their radios for protection from possible jamming.", "The crew switched off their radios", "possible jamming")]
    [InlineData("The port shut its gates as a precaution against the spring floods.", "The port shut its gates", "the spring floods")]
    [InlineData("The council built a second quay with the aim of doubling its cargo trade.", "The council built a second quay", "doubling its cargo trade")]
    public void Extract_SplitsClaimAndReason_AtCausalWording(string sentence, string claim, string reason)
    {
        var model = Drafts.Of(sentence);

        var explanation = Assert.Single(model.Explanations);
        Assert.Contains(claim, explanation.Evidence.Quote, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(explanation.Reasons, r => r.Evidence.Quote.Contains(reason, StringComparison.OrdinalIgnoreCase));
        // A reason is a whole phrase: the verb's auxiliary or adverb stays with the cue.
        Assert.DoesNotContain(explanation.Reasons, r => NewsWords.Auxiliaries.Contains(Words.Split(r.Text)[^1].Text));
    }

    [Theory]
    [InlineData("Yet the new ferry line is held back by three factors.", 3)]
    [InlineData("Trade along the river has slowed for several reasons.", 3)]
    public void Extract_TakesPointsMadeFirstSecondThird_AsTheReasons_WhenASentenceAnnouncesThem(string announcement, int reasons)
    {
        var model = Drafts.Of($"{announcement} First, the harbour is too shallow for large boats. Second, fuel costs more than it did. Third, the port board has cut its budget.");

        var explanation = Assert.Single(model.Explanations);
        Assert.Contains(explanation.Evidence.Quote, announcement, StringComparison.Ordinal);
        Assert.Equal(reasons, explanation.Reasons.Count);
        Assert.StartsWith("the harbour is too shallow", explanation.Reasons[0].Evidence.Quote, StringComparison.Ordinal);
        var list = Assert.Single(model.Lists);
        Assert.Equal(["the harbour is too shallow for large boats", "fuel costs more than it did", "the port board has cut its budget"], list.Items);
    }

    [Theory]
    [InlineData("Peru's refusal to sign can also be explained by its ties with Bolivia.", 1)]
    [InlineData("Lima's refusal to join the pact is partly due to its ties with Bolivia.", 1)]
    [InlineData("Peru's decision to stay away can be explained by its ties with Bolivia.", 2)]
    [InlineData("Chile's refusal to sign can be explained by its ties with Bolivia.", 2)]
    public void Extract_JoinsTheReasons_WhenTheSameHoldersSameThingIsExplainedAgain(string later, int claims)
    {
        var model = Drafts.Of("Peru's refusal to sign the treaty can be explained by fears of losing its fishing grounds.", later);

        Assert.Equal(claims, model.Explanations.Count);
        Assert.Contains("fears of losing", model.Explanations[0].Reasons[0].Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains(model.Explanations.SelectMany(e => e.Reasons), r => r.Evidence.Quote.Contains("its ties with Bolivia", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FindsNoReasons_WhenFirstSecondFollowNoAnnouncement()
    {
        var model = Drafts.Of("The council met on Monday.", "First, the mayor spoke about the tolls. Second, the harbour master gave his report.");

        Assert.Empty(model.Explanations);
        Assert.Equal("points", Assert.Single(model.Lists).Name);
    }

    [Fact]
    public void Extract_TakesTheSentenceBefore_AsTheReasonForTherefore()
    {
        var model = Drafts.Of("The old bridge could not carry lorries. Therefore, the council built a new one.");

        var explanation = Assert.Single(model.Explanations);
        Assert.Equal("the council built a new one.", explanation.Evidence.Quote);
        Assert.Equal("The old bridge could not carry lorries.", Assert.Single(explanation.Reasons).Evidence.Quote);
    }

    [Theory]
    [InlineData("That is partly why the islanders want a bridge.", "the islanders want a bridge.")]
    [InlineData("And this is also why the islanders want a bridge.", "the islanders want a bridge.")]
    [InlineData("It is largely for this reason that the islanders want a bridge.", "the islanders want a bridge.")]
    // A phrase saying whom the conclusion concerns is no reason for it.
    [InlineData("For the islanders, therefore, a bridge is the only hope.", "a bridge is the only hope.")]
    public void Extract_TakesTheSentenceBefore_AsTheReason_ForAConclusionPointingBack(string conclusion, string claim)
    {
        const string before = "The ferry sank twice in one winter.";
        var model = Drafts.Of($"{before} {conclusion}");

        var explanation = Assert.Single(model.Explanations);
        Assert.Equal(claim, explanation.Evidence.Quote);
        Assert.Equal(before, Assert.Single(explanation.Reasons).Evidence.Quote);
    }

    [Theory]
    [InlineData("The boat had stopped in a busy lane near the pipeline. That made it a vessel of interest, said an official.", "That made it a vessel of interest")]
    [InlineData("The storm flooded the only road north. This left the town cut off for a week.", "This left the town cut off for a week")]
    public void Extract_TakesTheSentenceBefore_AsTheReason_ForWhatThatMade(string paragraph, string claim)
    {
        var model = Drafts.Of(paragraph);

        var explanation = Assert.Single(model.Explanations);
        Assert.StartsWith(claim, explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.Equal(paragraph[..(paragraph.IndexOf('.') + 1)], Assert.Single(explanation.Reasons).Evidence.Quote);
    }

    [Theory]
    [InlineData("As reporter Omar Haddad noted in April, the port is busy.")]
    [InlineData("The port, as well as the bridge, is busy.")]
    [InlineData("As well as higher fees, there has been a new toll on the bridge.")]
    [InlineData("Fishing is in decline, as shown by the empty harbour.")]
    [InlineData("The harbour will close, as indicated by several port officials.")]
    [InlineData("As the mayor savours her win, the council faces a choice of whether to dredge the harbour for trade, or to keep the oyster beds.")]
    [InlineData("As the port expands its quays, the ferries will be central to moving its cargo inland.")]
    [InlineData("Chile is sending Peru spare engines in exchange for fresh fish.")]
    [InlineData("The mayor's brother is due to be released on 4 May, but he is due to appear in court again.")]
    public void Extract_FindsNoExplanation_WhenAsOnlyAttributesAddsOrSaysWhen_OrATradeIsNamed_OrDueToSetsATime(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }

    [Theory]
    // "as was", "as did": a comparison, not a reason.
    [InlineData("Its fleet was cut, as was its right to fish in the bay.")]
    [InlineData("Officials began to close the quays, as did the harbour board.")]
    // "as many assumed", "as analysts assessed in May": whose view a thing follows.
    [InlineData("The old mayor did not retire quietly, as many assumed, but stayed on the council.")]
    [InlineData("The council could raise the tolls again, as analysts assessed in May.")]
    [InlineData("The tolls are not meant to fund repairs, as the council officially claims; rather, they pay for the new hall.")]
    [InlineData("The quays are a sign of weakness, as the council has hastened to point out in recent months, for the ferries.")]
    // "As ever", "As far as", "As a result": no reason opens the sentence.
    [InlineData("As ever, the council's first instinct is to wait.")]
    [InlineData("As far as the tolls are concerned, there is little the council can do.")]
    [InlineData("As a result, the harbour now boasts a large fleet, with builders constantly adding boats.")]
    public void Extract_FindsNoExplanation_WhenAsComparesOrGivesAView(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }

    [Fact]
    public void Extract_SplitsTwoReasons_JoinedByAndBeforeAPossessor()
    {
        var model = Drafts.Of("Chile's support for the quota can be explained by falling catches in the north and Peru's desire to expand its fleet.");

        var explanation = Assert.Single(model.Explanations);
        Assert.Equal(2, explanation.Reasons.Count);
    }

    [Theory]
    [InlineData("The river flooded twice in spring. This explains the council's decision to raise the levee.", "the council's decision to raise the levee", "The river flooded twice in spring.")]
    [InlineData("The river flooded twice in spring. At the same time, this has led to a rush for sandbags.", "a rush for sandbags", "The river flooded twice in spring.")]
    [InlineData("Peru wants a new port.\n\nThis ambition is driven by falling fish catches.", "Peru wants a new port.", "falling fish catches")]
    public void Extract_ReadsABareThis_AsTheSentenceBefore(string paragraphs, string claim, string reason)
    {
        var model = Drafts.Of(paragraphs.Split("\n\n"));

        var explanation = Assert.Single(model.Explanations);
        Assert.Contains(claim, explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains(explanation.Reasons, r => r.Evidence.Quote.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TakesWhatCriticsPointTo_AsTheReasonsForTheBeliefBefore()
    {
        var model = Drafts.Of("The belief that the mayor favours the ferry firm is widespread.",
            "Critics point to the mayor's brother, who runs the ferry firm; contracts handed to his friends; and a new toll on the bridge.");

        var explanation = Assert.Single(model.Explanations);
        Assert.StartsWith("The belief that the mayor favours", explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.Equal(3, explanation.Reasons.Count);
        Assert.Contains("a new toll on the bridge", explanation.Reasons[2].Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("But the cold winter triggered a sharp rise in fuel prices.")]
    [InlineData("And the cold winter triggered a sharp rise in fuel prices.")]
    public void Extract_StartsTheReasonAfterTheConjunctionOpeningTheSentence(string sentence)
    {
        var model = Drafts.Of(sentence);

        Assert.Equal("The cold winter", Assert.Single(Assert.Single(model.Explanations).Reasons).Text);
    }

    [Theory]
    [InlineData("The aim was to scare the fishermen off the quay.")]
    [InlineData("The goal is both to scare the fishermen off the quay and to please the board.")]
    [InlineData("Their purpose had been to scare the fishermen off the quay.")]
    public void Extract_TakesAStatedAim_AsTheReasonForWhatTheParagraphOpensWith(string aim)
    {
        var model = Drafts.Of("The guards beat the dockers in public on the quay. By May, ten dockers had been hurt. " + aim);

        var explanation = Assert.Single(model.Explanations);
        Assert.StartsWith("The guards beat the dockers", explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.StartsWith("to scare the fishermen", Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("They point to.")]
    [InlineData("Critics point to; ; ;.")]
    [InlineData("They point to; the mayor's brother; .")]
    public void Extract_DraftsNoEmptyReason_WhenWhatCriticsPointToIsMissing(string pointing)
    {
        var model = Drafts.Of("The belief that the mayor favours the ferry firm is widespread.", pointing);

        Assert.All(model.Explanations.SelectMany(e => e.Reasons), r => Assert.NotEmpty(r.Evidence.Quote));
    }

    [Fact]
    public void Extract_FindsNoReason_WhenRootedInIsOneOfTwoVerbs()
    {
        Assert.Empty(Drafts.Of("The games were first rooted in and shaped by village life.").Explanations);
    }
}
