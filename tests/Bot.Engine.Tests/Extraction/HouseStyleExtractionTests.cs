namespace Bot.Engine.Tests.Extraction;

/// <summary>A magazine's house style: acronyms set in lower case, a standfirst under the title.</summary>
public sealed class HouseStyleExtractionTests
{
    [Theory]
    [InlineData("Inspectors from the Harbour Integrity Office (hio) raided the docks on Monday.", "Harbour Integrity Office", "hio")]
    [InlineData("Detectives from the Port Audit Bureau (pabu) seized the ledgers.", "Port Audit Bureau", "pabu")]
    [InlineData("Detectives from the Port Audit Bureau (PAB) seized the ledgers.", "Port Audit Bureau", "PAB")]
    public void Extract_NamesABodyByTheAcronymInBrackets_WhenItsLettersStartTheWordsBeforeIt(string paragraph, string body, string acronym)
    {
        var model = Drafts.Of(paragraph);

        Assert.Contains(acronym, model.Actor(body).Aliases);
    }

    [Theory]
    [InlineData("Researchers at the Council for Clean Harbours Foundation traced the ships.", "The report is the latest by CCH researchers.", "CCH")]
    [InlineData("The Port Audit Bureau, a watchdog, traced the ships.", "PAB analysts say the trade is growing.", "PAB")]
    public void Extract_NamesABodyByAnAcronymUsedLater_WhenItsLettersStartTheBodysWords(string first, string later, string acronym)
    {
        var model = Drafts.Of(first, later);

        var body = Assert.Single(model.Actors, a => a.Names().Contains(acronym));
        Assert.NotEqual(acronym, body.Name);
    }

    [Theory]
    [InlineData("Inspectors from the Harbour Integrity Office (twice) raided the docks.", "Harbour Integrity Office", "twice")]
    [InlineData("Inspectors from the Harbour Integrity Office (hq) raided the docks.", "Harbour Integrity Office", "hq")]
    public void Extract_AddsNoAlias_WhenTheWordInBracketsIsNoAcronymOfTheName(string paragraph, string body, string word)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(word, model.Actor(body).Aliases);
    }

    [Theory]
    [InlineData("Marta Quispe, the head of hifo, Ruritania's harbour fraud office, says the ledgers were forged.", "hifo", "Ruritania's harbour fraud office")]
    [InlineData("Marta Quispe, the head of HIFO, Ruritania's harbour fraud office, says the ledgers were forged.", "HIFO", "Ruritania's harbour fraud office")]
    [InlineData("The ledgers went to pabu, the port audit bureau, in May.", "pabu", "Port audit bureau")]
    public void Extract_DescribesABodyByWhatFollowsItsAcronym_WhenACommaSetsTheDescriptionAfterIt(string paragraph, string acronym, string role)
    {
        var model = Drafts.Of(paragraph);

        var body = model.Actor(acronym);
        Assert.Equal(Bot.Engine.Model.ActorKind.Organisation, body.Kind);
        Assert.Equal(role, body.Role, ignoreCase: true);
        Assert.Contains(body.Evidence.Quote, paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The port was quiet, the harbour office closed.")]
    [InlineData("Boats left the port, Ruritania's busiest harbour office, at dawn.")]
    public void Extract_DraftsNoBody_WhenTheWordBeforeTheDescriptionIsAnOrdinaryNoun(string paragraph)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Name is "port" or "quiet");
    }

    [Fact]
    public void Extract_TakesNoRoleFromTheStandfirst_WhenALineUnderTheTitleReadsLikeAHeadline()
    {
        var model = Drafts.Of("Marta Quispe faces her hardest test since the flood", "Ms Quispe has ruled the port since 2019. Her rivals want her out.");

        Assert.DoesNotContain("hardest test", model.Actor("Marta Quispe").Role, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TakesTheRoleFromAClauseTheNameOpens_WhenACourtesyTitleStandsBeforeIt()
    {
        var model = Drafts.Of("Sources say Ms Marta Quispe was \u201Cfloored\u201D by the charges.", "Ms Quispe has no easy answers.", "\u201CQuispe faces her reckoning,\u201D says a senior official.");

        Assert.Equal("Ms Quispe has no easy answers", model.Actor("Marta Quispe").Role);
    }

    [Theory]
    [InlineData("Inspectors searched a flat owned by Dan Holt, a friend of the mayor.", "Dan Holt", "Friend of the mayor")]
    [InlineData("Inspectors searched a flat owned by Dan Holt, a close ally of the mayor.", "Dan Holt", "Close ally of the mayor")]
    [InlineData("Inspectors searched a flat owned by Dan Holt, the deputy mayor.", "Dan Holt", "Deputy mayor")]
    public void Extract_DraftsAPersonNamedInPassing_WhenAnAppositiveSaysWhoTheyAreToSomeoneElse(string paragraph, string name, string role)
    {
        var model = Drafts.Of(paragraph);

        Assert.Equal(role, model.Actor(name).Role, ignoreCase: true);
    }
}
