namespace Bot.Engine.Tests.Extraction;

public sealed class ListExtractionTests
{
    [Fact]
    public void Extract_TurnsAnEnumerationIntoAList()
    {
        var model = Drafts.Of("Opposition would come from three principal sources: the harbour board, local fishermen, and ferry owners.");

        var list = Assert.Single(model.Lists);
        Assert.Equal("three principal sources", list.Name);
        Assert.Equal(["the harbour board", "local fishermen", "ferry owners"], list.Items);
    }

    [Theory]
    [InlineData("Two posts fell vacant in spring: the harbour master and the town clerk.", "Two posts fell vacant in spring", "the harbour master|the town clerk")]
    [InlineData("The council kept both of its 2,000-seat ferries running: the Gull and the Tern.", "both of its 2,000-seat ferries running", "the Gull|the Tern")]
    public void Extract_TurnsTwoAnnouncedThingsIntoAList(string sentence, string name, string items)
    {
        var list = Assert.Single(Drafts.Of(sentence).Lists);
        Assert.Equal(name, list.Name);
        Assert.Equal(items.Split('|'), list.Items);
    }

    [Theory]
    [InlineData("The board's rescue plan \u2013 dredging the channel, cutting fees, hiring pilots \u2013 paid off within a year.", "board's rescue plan", "dredging the channel|cutting fees|hiring pilots")]
    [InlineData("Its old trades\u2014salt, timber, wool\u2014are gone.", "old trades", "salt|timber|wool")]
    [InlineData("The survey shows that the island's exports \u2013 salt, timber, wool \u2013 have halved.", "island's exports", "salt|timber|wool")]
    public void Extract_TurnsASeriesBetweenDashesIntoAList(string sentence, string name, string items)
    {
        var list = Assert.Single(Drafts.Of(sentence).Lists);
        Assert.Equal(name, list.Name);
        Assert.Equal(items.Split('|'), list.Items);
    }

    [Theory]
    [InlineData("The mayor's wager was plain: that tourists would come, that hotels would fill, and that tolls would pay for it.")]
    [InlineData("The new levy \u2013 which doubled berth fees, port dues and pilot charges \u2013 was dropped.")]
    public void Extract_FindsNoList_WhenTheItemsAfterAColonOrDashAreClauses(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Lists);
    }

    [Theory]
    [InlineData("Rival lobbies have tried to sway voters through radio ads, street rallies, and paid bloggers.", "tried to sway voters", "radio ads|street rallies|paid bloggers")]
    [InlineData("The harbour board relies on ferries, trawlers and cargo barges for its income.", "harbour board relies", "ferries|trawlers|cargo barges for its income")]
    [InlineData("The port has struggled with delays, but mostly with silt, storms and strikes.", "struggled with delays, but mostly", "silt|storms|strikes")]
    [InlineData("Peru sells fish to its neighbours, including Chile, Bolivia and Ecuador.", "sells fish to its neighbours", "Chile|Bolivia|Ecuador")]
    [InlineData("Chile depends on Peru for spare parts, engines and repairs of hulls that its yards cannot do.", "Chile depends on Peru", "spare parts|engines|repairs of hulls")]
    [InlineData("Peru will sell its fastest patrol boats, such as the Condor and Halcon, to Chile.", "sell its fastest patrol boats", "the Condor|Halcon")]
    [InlineData("The port serves old partners, including Bolivia and Ecuador, more cheaply.", "port serves old partners", "Bolivia|Ecuador")]
    [InlineData("The plan will tackle old problems including heavy silt in the harbour mouth, broken cranes and high fees.", "plan will tackle old problems", "heavy silt in the harbour mouth|broken cranes|high fees")]
    [InlineData("Critics point to the mayor's brother, who runs the ferry firm; contracts handed to his friends; the sale of the fish market and a new toll on the bridge.", "Critics point", "the mayor's brother|contracts handed to his friends|the sale of the fish market|a new toll on the bridge")]
    [InlineData("The port faces three threats: silt in the channel; rising fuel prices; and a shortage of pilots.", "port faces three threats", "silt in the channel|rising fuel prices|a shortage of pilots")]
    [InlineData("The port has grown in three ways \u2013 in size, in trade and in fame.", "three ways", "in size|in trade|in fame")]
    [InlineData("Chile's ports\u2014Arica, Iquique and Antofagasta\u2014were shut.", "Chile's ports", "Arica|Iquique|Antofagasta")]
    [InlineData("Peru sells its fish to Chile, the United States and Bolivia.", "Peru sells its fish", "Chile|the United States|Bolivia")]
    [InlineData("Peru sells its fish to Chile (40%), Bolivia (35%) and Ecuador (25%).", "Peru sells its fish", "Chile|Bolivia|Ecuador")]
    [InlineData("Ministers have toured the coast, such as Ana Ruiz (June 2023), Luis Vela (May 2023) and Tomas Pell (July 2023).", "toured the coast", "Ana Ruiz|Luis Vela|Tomas Pell")]
    // A capitalised "May" is the month, no modal that would end the item.
    [InlineData("Peru sells its fish to Chile, Bolivia in May and Ecuador.", "Peru sells its fish", "Chile|Bolivia in May|Ecuador")]
    // A series of actions, each opening on an "-ing" verb.
    [InlineData("The board won time by dredging the channel, hiring pilots and cutting fees.", "board won time", "dredging the channel|hiring pilots|cutting fees")]
    [InlineData("Critics accused the mayor of selling the docks, raising fees and even hiding the accounts.", "Critics accused the mayor", "selling the docks|raising fees|even hiding the accounts")]
    [InlineData("The council vowed to keep the port open by dredging the channel, hiring pilots and guides, and cutting fees.", "keep the port open", "dredging the channel|hiring pilots and guides|cutting fees")]
    // A verb that introduces the members of a whole opens the series, as "including" does.
    [InlineData("The town's exports include copper wire, fresh fish, wool blankets and honey.", "town's exports", "copper wire|fresh fish|wool blankets|honey")]
    [InlineData("The harbour fees comprise a berth charge, a pilot charge and a waste levy.", "harbour fees", "a berth charge|a pilot charge|a waste levy")]
    // After "such as" the first item keeps its prepositions.
    [InlineData("Old crafts, such as repair of fishing nets, boat painting and rope making, are dying out.", "Old crafts", "repair of fishing nets|boat painting|rope making")]
    public void Extract_TurnsAnEnumerationInASentenceIntoAList(string sentence, string name, string items)
    {
        var model = Drafts.Of(sentence);

        var list = Assert.Single(model.Lists);
        Assert.Equal(name, list.Name);
        Assert.Equal(items.Split('|'), list.Items);
        Assert.Contains(list.Evidence.Quote, sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The mayor resigned, citing ill health and saying the port needed new blood.")]
    [InlineData("The port was reborn, drawing cruise ships, funding a school and training pilots.")]
    [InlineData("The board is dredging the channel, prices are rising and fishermen are leaving.")]
    public void Extract_FindsNoList_WhenActionsAreClausesOfTheirOwn(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Lists);
    }

    [Theory]
    [InlineData("They point to his brother, who runs the ferry firm; contracts handed to his friends; the sale of the fish market and a new toll on the bridge.", true)]
    [InlineData("They name three signs of it: his brother's ferry firm, the sale of the fish market, and a new toll.", true)]
    [InlineData("Critics point to his brother, who runs the ferry firm; contracts handed to his friends; the sale of the fish market and a new toll on the bridge.", false)]
    public void Extract_NamesAListOpeningOnAWordPointingBack_ByTheSentenceBefore(string listing, bool named)
    {
        const string before = "The belief that the mayor serves the harbour board is widespread in the old town.";
        var model = Drafts.Of(before, listing);

        var list = Assert.Single(model.Lists);
        Assert.Equal(named ? [before] : [], list.Aliases);
    }

    [Fact]
    public void Extract_FindsNoList_WhenSemicolonsJoinClauses()
    {
        Assert.Empty(Drafts.Of("The port is shut; the ferries have stopped; the fishermen are idle.").Lists);
    }

    [Theory]
    [InlineData("- ", ";", "; and")]
    [InlineData("\u2022 ", ".", ".")]
    public void Extract_TurnsABulletedListIntoAList_NamedByTheSentenceAnnouncingIt(string mark, string end, string lastButOne)
    {
        var model = Drafts.Of(
            "Peru and Chile have agreed to the following this spring:",
            $"{mark}Opening two trade offices in Lima{end}",
            $"{mark}Dredging the port of Arica{lastButOne}",
            $"{mark}Cutting fees for fishing boats, which had risen for years. Both sides welcomed it.",
            "The deal was signed in June.");

        var list = Assert.Single(model.Lists);
        Assert.Equal("Peru and Chile have agreed to the following this spring", list.Name);
        Assert.Equal(["Opening two trade offices in Lima", "Dredging the port of Arica", "Cutting fees for fishing boats"], list.Items);
    }

    [Theory]
    [InlineData("Rich, old and proud, the town resisted.")]
    [InlineData("The mayor said that, to some extent, ferries and trawlers compete.")]
    [InlineData("Fishermen are leaving, prices are rising and the harbour is empty.")]
    [InlineData("The quota, as Peru argued, hurts small boats and their crews.")]
    [InlineData("Chile lost its old port, including the loss of docks and cranes, in the storm.")]
    // Two parts parted by ", and" join clauses: a pair of items takes no comma.
    [InlineData("The quay was hit by high tides, and the ferry crews now wait for calmer days.")]
    [InlineData("The mayor \u2013 who had, by then, lost the vote \u2013 and the council left.")]
    [InlineData("Peru sends fish \u2013 the amounts of which are small \u2013 and Chile sends copper, timber and wine to the north.")]
    public void Extract_FindsNoList_WhenCommasJoinClauses(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Lists);
    }

    [Theory]
    [InlineData("On May 3 the council voted to dismiss Ana Ruiz, the port's mayor, and Luis Vela, the harbour master.")]
    [InlineData("Some money paid for villas near Lima allegedly meant for use by Luis Vela, a former fisheries minister, and other officials.")]
    [InlineData("The deal was drafted in secret by Ana Ruiz, a trade adviser, and Luis Vela.")]
    public void Extract_FindsNoList_WhenCommasSetOffWhoSomeoneIs(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Lists);
    }

    [Fact]
    public void Extract_QuotesWhatTheSentenceSaysOfTheItems()
    {
        var model = Drafts.Of("Opposition to the new quota would come from three sources: the harbour board, ferry owners, and local fishermen.");

        var list = Assert.Single(model.Lists);
        Assert.Contains("Opposition to the new quota", list.Evidence.Quote, StringComparison.Ordinal);
    }
}
