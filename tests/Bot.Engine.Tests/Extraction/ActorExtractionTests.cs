using Bot.Engine.Extraction;
using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

public sealed class ActorExtractionTests
{
    [Theory]
    [InlineData("Chilean President Maria Soto visited the port on Monday.", "Maria Soto", "Chilean President", "Chile")]
    [InlineData("Peru's Foreign Minister Jorge Vela said the talks were useful.", "Jorge Vela", "Peru's Foreign Minister", "Peru")]
    [InlineData("Pablo Ruiz, the head of the Andean Fisheries Council, warned of shortages.", "Pablo Ruiz", "Head of the Andean Fisheries Council", null)]
    [InlineData("Later, Norway's ambassador to Chile, Erik Lund, stated that the deal was fair.", "Erik Lund", "Norway's ambassador to Chile", "Norway")]
    [InlineData("Brazilian political analyst Rosa Duarte told reporters the vote was close.", "Rosa Duarte", "Brazilian political analyst", "Brazil")]
    [InlineData("As journalist Omar Haddad noted in April, the port is busy.", "Omar Haddad", "Journalist", null)]
    [InlineData("The march was led by Arch-Bishop Tomas Arrieta's youth campaign.", "Tomas Arrieta", "Arch-Bishop", null)]
    [InlineData("Chile's win at the cup sealed President Rosa Mena's legacy.", "Rosa Mena", "President", "Chile")]
    [InlineData("For Prime Minister Ivo Sarmiento, hosting the fair showed Peru's reach.", "Ivo Sarmiento", "Prime Minister", "Peru")]
    [InlineData("Peru's trade with Chile grew after President Rosa Mena's visit.", "Rosa Mena", "President", null)]
    [InlineData("Chile's students welcomed Professor Ana Brito to the fair.", "Ana Brito", "Professor", null)]
    [InlineData("Presidents Maria Soto and Jorge Vela have met twice since the flood.", "Maria Soto", "President", null)]
    [InlineData("Presidents Maria Soto and Jorge Vela have met twice since the flood.", "Jorge Vela", "President", null)]
    [InlineData("Supreme Leader Ayatollah Omar Nadiri met the envoy on Monday.", "Omar Nadiri", "Supreme Leader Ayatollah", null)]
    [InlineData("Chilean President Rafael al Mansur visited the port on Monday.", "Rafael al Mansur", "Chilean President", "Chile")]
    public void Extract_FindsPersonWithRole_FromTitlesAndAppositives(string sentence, string name, string role, string? country)
    {
        var model = Drafts.Of(sentence);

        var person = model.Actor(name);
        Assert.Equal(ActorKind.Person, person.Kind);
        // What a speaker said may complete the title: the title opens the role.
        Assert.StartsWith(role, person.Role, StringComparison.Ordinal);
        Assert.Equal(country, person.Affiliation is null ? null : model.NameOf(person.Affiliation));
        Assert.Contains(name, person.Evidence.Quote);
    }

    [Theory]
    [InlineData("The Andean Trade Organization (ATO) met in Lima.", "Andean Trade Organization", "ATO")]
    [InlineData("Later the ATO met again, and the Andean Trade Organization (ATO) agreed.", "Andean Trade Organization", "ATO")]
    [InlineData("He spoke to the Meridian news agency on Friday.", "Meridian news agency", "Meridian")]
    [InlineData("The plan was drafted by the Council of Coastal Towns and approved.", "Council of Coastal Towns", null)]
    [InlineData("She writes for The Harbour Post every week.", "Harbour Post", "The Harbour Post")]
    [InlineData("Members of the Chilean parliament (Congreso) voted against it.", "Chilean parliament", "Congreso")]
    [InlineData("The ruling Harbour Unity party lost the vote.", "Harbour Unity party", "ruling party")]
    [InlineData("Leaders of the opposition Green Coast movement walked out.", "Green Coast movement", "opposition movement")]
    [InlineData("The report was written at the Institute for the Study of Tides in Lima.", "Institute for the Study of Tides", null)]
    [InlineData("Envoys of the Organization for the Protection of Reefs and Peru met.", "Organization for the Protection of Reefs", null)]
    [InlineData("Researchers at the Committee for Justice in Alder Valley Foundation, a charity, wrote the study.", "Committee for Justice in Alder Valley Foundation", null)]
    [InlineData("The Harbour Council in Lima voted against the toll.", "Harbour Council", null)]
    public void Extract_FindsOrganisations_WithAcronymsAndShortNames(string sentence, string name, string? alias)
    {
        var model = Drafts.Of(sentence);

        var organisation = Assert.Single(model.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Organisation, organisation.Kind);
        if (alias is not null)
            Assert.Contains(alias, organisation.Aliases);
    }

    [Theory]
    [InlineData("Harbour Watch, a Peruvian human-rights organisation, counted the arrests.", "Harbour Watch", "Peruvian human-rights organisation", "Peru")]
    [InlineData("Marta Quispe works for Tide Line, a small fishing charity.", "Tide Line", "Small fishing charity", null)]
    public void Extract_DraftsABody_WhenAnAppositiveDescribesItAsOne(string sentence, string name, string role, string? country)
    {
        var model = Drafts.Of(sentence);

        var body = Assert.Single(model.Actors, a => a.Name == name);
        Assert.Equal(ActorKind.Organisation, body.Kind);
        Assert.Equal(role, body.Role);
        Assert.Equal(country, country is null ? body.Affiliation : model.NameOf(body.Affiliation!));
    }

    [Theory]
    [InlineData("Peruvian fishing leaders rejected the quota.", "Peruvian fishing leaders", "Peru")]
    [InlineData("Chilean and Argentine officials met in Santiago.", "Argentine officials", "Argentina")]
    [InlineData("Chilean and Argentine officials met in Santiago.", "Chilean officials", "Chile")]
    [InlineData("The port angered local religious leaders.", "local religious leaders", null)]
    [InlineData("US senators visiting Lima last week agreed with him.", "US senators", "United States")]
    [InlineData("UK officials met in Lima.", "UK officials", "United Kingdom")]
    public void Extract_FindsGroups_WithTheirCountry(string sentence, string name, string? country)
    {
        var model = Drafts.Of(sentence);

        var group = model.Actor(name);
        Assert.Equal(ActorKind.Group, group.Kind);
        Assert.Equal(country, group.Affiliation is null ? null : model.NameOf(group.Affiliation));
    }

    [Theory]
    // A capitalised word before a plural for governments names a bloc; "other" or "foreign" ones do not.
    [InlineData("Western governments have shown little interest in the port of Kessberg.", "Western governments", true)]
    [InlineData("Several Western powers have funded the new harbour in Kessberg.", "Western powers", true)]
    [InlineData("On Monday the European capitals sent envoys to Kessberg.", "European capitals", true)]
    [InlineData("Kessberg has courted other governments for years.", "other governments", false)]
    [InlineData("Kessberg has courted foreign powers for years.", "foreign powers", false)]
    public void Extract_FindsABlocOfStates_WhenACapitalisedWordDescribesThem(string sentence, string name, bool group)
    {
        var model = Drafts.Of(sentence);

        Assert.Equal(group, model.Actors.Any(a => a.Name == name && a.Kind == ActorKind.Group));
    }

    [Fact]
    public void Extract_LeavesAnAcronymOtherThanACountry_OutOfAGroupsName()
    {
        var model = Drafts.Of("A meeting of NATO defence ministers approved the plan.");

        Assert.DoesNotContain(model.Actors, a => a.Name == "NATO defence ministers");
    }

    [Fact]
    public void Extract_FindsStatesByNameDemonymOrCapital()
    {
        var model = Drafts.Of("Officials in Lima and Bogota discussed Chilean trade.");

        Assert.Equal(["Chile", "Colombia", "Peru"], model.Actors.Where(a => a.Kind == ActorKind.State).Select(a => a.Name).Order());
        Assert.Contains("Lima", model.Actor("Peru").Aliases);
    }

    [Fact]
    public void Extract_LinksSurnameAndPossessiveToFullName_AndReadsGender()
    {
        var model = Drafts.Of(
            "Mayor Ines Ortega opened the bridge.",
            "Ortega's critics said it was late. She said it was on budget.");

        var mayor = model.Actor("Ines Ortega");
        Assert.Contains("Ortega", mayor.Aliases);
        Assert.Equal("female", mayor.Gender);
        Assert.Single(model.Actors, a => a.Kind == ActorKind.Person && a.Name.Contains("Ortega"));
    }

    [Fact]
    public void Extract_GivesTheAuthorTheRoleFromTheBio()
    {
        var model = Drafts.Of("The bridge opened in 2020.", "Ada Writer is a reporter for the Valley Times, covering transport. She lives in Lima.");

        var author = model.Actor("Ada Writer");
        Assert.Contains("reporter for the Valley Times", author.Role);
        Assert.Equal("female", author.Gender);
    }

    [Theory]
    [InlineData("Trade with Southern Patagonia has grown fast.", "Southern Patagonia")]
    [InlineData("Investors now look to the Andean Corridor for growth.", "Andean Corridor")]
    [InlineData("Some call it a new Copper War, fought with tariffs.", "Copper War")]
    [InlineData("Ships crossing the Humboldt Sea pay a toll.", "Humboldt Sea")]
    [InlineData("Many recall the Silver Rush that shaped Potosi.", "Silver Rush")]
    [InlineData("The old jail on Lima's Ortega Street held the growers until a judge freed him.", "Ortega Street")]
    [InlineData("Crowds filled Vidal Square until police drove them out; he watched.", "Vidal Square")]
    [InlineData("Officials in Puerto Lagos said the talks had failed.", "Puerto Lagos")]
    public void Extract_DraftsPlacesRoutesAndConflicts_AsTopicsNotPeople(string sentence, string name)
    {
        var model = Drafts.Of(sentence);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Name.Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ana Lucero spoke at the fair. She praised the growers.", "Ana Lucero")]
    [InlineData("At the fair, Ana Lucero said the harvest was early.", "Ana Lucero")]
    [InlineData("Trade envoy Ana Lucero visited the fair.", "Ana Lucero")]
    [InlineData("Mayor Vela hosted the fair. The long-awaited Vela-Oduya meeting opened it.", "Oduya")]
    [InlineData("The growers cheered when Oduya said the harvest was early, and they thanked Oduya.", "Oduya")]
    [InlineData("Ana Lucero, Ms Vela's replacement, says the harvest was early.", "Ana Lucero")]
    [InlineData("Ana Lucero, who took over from Ms Vela in May, said the harvest was early.", "Ana Lucero")]
    [InlineData("Ana Lucero, Ms Vela's replacement (pending a vote) says the harvest was early.", "Ana Lucero")]
    public void Extract_DraftsAPerson_WhenANameHasAPersonSignal(string sentence, string name)
    {
        var model = Drafts.Of(sentence);

        Assert.Equal(ActorKind.Person, model.Actor(name).Kind);
    }

    [Theory]
    [InlineData("The growers cheered when Tarvo said the harvest was early.")]
    [InlineData("The fair opened late. The Tarvo-Nalo road was shut.")]
    [InlineData("Tarvo Nalo, the road through the hills, was shut. Growers, said the mayor, were angry.")]
    public void Extract_DraftsNoPerson_FromALoneSurnameWithoutASecondSignal(string paragraph)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Names().Contains("Tarvo"));
    }

    [Theory]
    [InlineData("Ines Ortega", "pictured with her Chilean counterpart Jorge Vela at a port meeting in Lima in 2019")]
    [InlineData("Jorge Vela", "pictured: Mayor Ines Ortega with her Chilean counterpart Jorge Vela at a port meeting in Lima in 2019")]
    public void Extract_SaysWhereAndWithWhomAPersonIsPictured_WhenACaptionShowsThem(string name, string pictured)
    {
        var model = Drafts.Of("Mayor Ines Ortega met Jorge Vela in 2019.", "Mayor Ines Ortega (left) with her Chilean counterpart Jorge Vela at a port meeting in Lima in 2019.", "The talks went on.");

        Assert.EndsWith(pictured, model.Actor(name).Role, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ships from Hong Kong reached Lima.", "\u201CHong Kong works as a hub for the trade,\u201D the traders wrote.", "Hong Kong")]
    [InlineData("Most parts went through Brightwater Trading Ltd.", "Brightwater said it follows the law.", "Brightwater")]
    public void Extract_DraftsNoPerson_NamedAsAPlaceOrCompanyAlreadyIs(string first, string later, string name)
    {
        var model = Drafts.Of(first, later);

        var actor = Assert.Single(model.Actors, a => a.Names().Contains(name));
        Assert.NotEqual(ActorKind.Person, actor.Kind);
    }

    [Theory]
    [InlineData("President Ana Lucero won the vote. Following Lucero's win, the growers cheered. She praised them.", "Following Lucero")]
    [InlineData("President Ana Lucero won the vote. Despite Lucero's promises, prices rose. She blamed the growers.", "Despite Lucero")]
    [InlineData("The growers moved from Peru's Northeastern Tacna province last year. Tacna is dry.", "Northeastern Tacna")]
    [InlineData("The growers moved from the Upper Tacna district, which he praised.", "Upper Tacna")]
    [InlineData("THE GREY harbour wall was rebuilt by Mayor Ana Lucero last spring.", "THE")]
    [InlineData("Should European states resume talks with Varnia? Some European leaders support the idea; others are opposed.", "Some European")]
    [InlineData("Should European states resume talks with Varnia? The aims are clear: the reshaping of the post-Cold War European security order.", "War European")]
    [InlineData("Officials of Tarsk Krai reported the flood on Monday. Tarsk Krai reported more rain on Tuesday.", "Tarsk Krai")]
    [InlineData("Officials of Tarsk Krai reported the flood on Monday. Tarsk Krai reported more rain on Tuesday.", "Krai")]
    public void Extract_DraftsNoPerson_FromAnOpeningWordOrAPlaceBeforeItsKind(string paragraph, string notAPerson)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(notAPerson));
        Assert.DoesNotContain(model.Actors, a => a.Name == "THE");
    }

    [Theory]
    [InlineData("IT IS BARELY a year since the harbour wall fell.", "IS")]
    [InlineData("THIS IS WHERE the harbour wall fell last May.", "IS")]
    public void Extract_DescribesAnActorFromItsOwnMention_NotFromACapitalisedLedeWordSpelledLikeItsShortName(string lede, string shortName)
    {
        var model = Drafts.Of(lede, $"Fighters of the Tacna Front ({shortName}) raided the port in May.");

        var actor = Assert.Single(model.Actors, a => a.Names().Contains(shortName));
        Assert.Contains("raided", actor.Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Beyond Tacna, the Ilo Valley Council has asked Lima for water. The council met on Monday.", "Beyond")]
    [InlineData("Within Peru's Grower Federation, opinion is split. The federation met on Monday.", "Within")]
    [InlineData("Toward the Tacna Water Board, the growers were hostile. The board met on Monday.", "Toward")]
    public void Extract_NamesNoActorWithThePrepositionOpeningItsSentence(string paragraph, string preposition)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Names().Any(n => n.StartsWith(preposition + " ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Mr", "Jorge Vela", "male")]
    [InlineData("Mrs", "Ines Ortega", "female")]
    [InlineData("Ms", "Ines Ortega", "female")]
    [InlineData("Dr", "Jorge Vela", null)]
    public void Extract_LinksAnHonorificAndSurname_ToTheFullNameWithoutMakingItARole(string honorific, string name, string? gender)
    {
        var surname = name.Split(' ')[1];
        var model = Drafts.Of($"{name}, Chile's trade commissioner, opened the bridge.", $"{honorific} {surname} said it was on budget.");

        var person = Assert.Single(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(surname));
        Assert.Equal(name, person.Name);
        Assert.Equal("Chile's trade commissioner", person.Role);
        Assert.Equal(gender, person.Gender);
    }

    [Theory]
    [InlineData("Ines Ortega, the port's deputy head, opened the bridge.", true)]
    [InlineData("Jorge Ruiz, the port's deputy head, opened the bridge.", false)]
    public void Extract_TakesAGivenNameAlone_ForTheOnePersonNamedSoInFull(string other, bool merged)
    {
        var model = Drafts.Of(
            "Jorge Vela, Chile's trade commissioner, has faced growing criticism.",
            other,
            "People \u201Cwant to throw everything on Jorge\u201D, says Ana Blanco, an adviser to the mayor.");

        var vela = Assert.Single(model.Actors, a => a.Name == "Jorge Vela");
        Assert.Equal(merged, vela.Names().Contains("Jorge"));
        Assert.DoesNotContain(model.Actors, a => merged && a.Name == "Jorge");
    }

    [Theory]
    [InlineData("Growers rely on the Andean Railway – also known as the Silver Line – for exports. The Silver Line is slow. The Silver Line is old.", "Silver Line", "Andean Railway")]
    [InlineData("The Pacific Grain Route, known as the Rice Road, is busy. The Pacific Grain Route is old.", "Pacific Grain Route", "Rice Road")]
    [InlineData("The Pacific Grain Route, now known as the Rice Road, is busy. The Pacific Grain Route is old.", "Pacific Grain Route", "Rice Road")]
    public void Extract_AddsTheNameAnArticleAlsoUses_AsAlias(string paragraph, string name, string alias)
    {
        var model = Drafts.Of(paragraph);

        var topic = Assert.Single(model.Topics, t => t.Name == name);
        Assert.Contains(alias, topic.Aliases);
        Assert.DoesNotContain(model.Topics, t => t.Name == alias);
    }

    [Theory]
    [InlineData("Rita Moss", new[] { "Rita Moss" })]
    [InlineData("Rita Moss and Ivo Lind", new[] { "Rita Moss", "Ivo Lind" })]
    [InlineData("Rita Moss, Ivo Lind and Ada Roe", new[] { "Rita Moss", "Ivo Lind", "Ada Roe" })]
    [InlineData("Rita Moss & Ivo Lind", new[] { "Rita Moss", "Ivo Lind" })]
    public void Names_SplitsABylineIntoItsAuthors(string byline, string[] names) =>
        Assert.Equal(names, Bot.Engine.Loading.Bylines.Names(byline));

    [Theory]
    [InlineData("Peru asked the EU for help with the port.", "EU", "European Union")]
    [InlineData("The African Union sent observers to the vote.", "African Union", "AU")]
    [InlineData("Lima wants to join the OSCE talks.", "OSCE", "Organization for Security and Co-operation in Europe")]
    public void Extract_GivesWellKnownBodies_TheirOtherName(string sentence, string name, string alias)
    {
        Assert.Contains(alias, Drafts.Of(sentence).Actor(name).Aliases);
    }

    [Fact]
    public void Extract_MergesOrganisations_ThatAreOneWellKnownBody()
    {
        var model = Drafts.Of("IS fighters held the town. Later ISIS lost it.");

        Assert.Single(model.Actors, a => a.Names().Contains("ISIS") && a.Names().Contains("IS"));
    }

    [Theory]
    [InlineData("She was a fellow of ReThink.ABC in 2020.", "ABC")]
    [InlineData("The band Go.XYZ played in Lima.", "XYZ")]
    public void Extract_IgnoresLettersGluedByADot_AsAcronyms(string sentence, string letters)
    {
        Assert.DoesNotContain(Drafts.Of(sentence).Actors, a => a.Name == letters);
    }

    [Theory]
    [InlineData("Chile balances between China and the West.", true)]
    [InlineData("The West, which seeks new ports, courts Peru.", true)]
    [InlineData("Peru sent aid to the West Bank.", false)]
    [InlineData("Storms hit the west of Peru.", false)]
    public void Extract_FindsTheWest_AsAGroupActor(string sentence, bool found)
    {
        var model = Drafts.Of(sentence);

        Assert.Equal(found, model.Actors.Any(a => a.Name == "the West" && a.Kind == ActorKind.Group));
    }

    [Theory]
    [InlineData("Thousands of farmers and the president of Chile argue that the quota is unfair.", "president of Chile", "Chile")]
    [InlineData("The quota angered the prime minister of Peru, who called it a trap.", "prime minister of Peru", "Peru")]
    [InlineData("The Peruvian trade minister signed the fishing pact in Lima on Monday.", "Peruvian trade minister", "Peru")]
    [InlineData("Later the Chilean president announced that the port would reopen.", "Chilean president", "Chile")]
    public void Extract_FindsAnOfficeHolderTheArticleNeverNames_AsAPersonOfThatCountry(string sentence, string name, string country)
    {
        var model = Drafts.Of(sentence);

        var holder = model.Actor(name);
        Assert.Equal(ActorKind.Person, holder.Kind);
        Assert.Equal(country, model.NameOf(holder.Affiliation!));
        Assert.Contains(name, holder.Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Chilean President Rosa Mena opened the port. Later the president of Chile said the quota was unfair.")]
    [InlineData("The president of Chile's senate said the quota was unfair.")]
    [InlineData("The fair was opened by the President of Chile Rosa Mena.")]
    [InlineData("Chilean President Rosa Mena opened the port. Later the Chilean president said the quota was unfair.")]
    [InlineData("The Chilean president Rosa Mena opened the port.")]
    public void Extract_DraftsNoUnnamedOfficeHolder_WhenTheHolderIsNamedOrTheOfficeIsAnother(string paragraph)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Name.Equals("president of Chile", StringComparison.OrdinalIgnoreCase) || a.Name.Equals("Chilean president", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Harbour Plan\n\nBy Lena Ortiz")]
    [InlineData("Harbour Plan\n\n  • By Lena Ortiz\n")]
    public void Extract_KeepsTheBylineWithoutDraftingTheAuthor_WhenNoLineFollowsIt(string text)
    {
        var model = ArticleExtractor.Extract("bare", "bare.txt", text);

        Assert.Equal("Lena Ortiz", model.Article.Author);
        Assert.Empty(model.Actors);
    }
}
