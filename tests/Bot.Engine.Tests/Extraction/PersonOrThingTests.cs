using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>Capitalised names that look like a person's at a glance but name a body, a place, a field or a rank.</summary>
public sealed class PersonOrThingTests
{
    [Theory]
    [InlineData("Some analysts, such as Ivo Marsh, Captain First Rank of the Reserve, doubt the plan.", "First Rank")]
    [InlineData("Lima further hurt the growers with its bold \u201COperation Nightjar.\u201D", "Operation Nightjar")]
    [InlineData("Jo Paz, Deputy Director of Capital Financing and Harbour Economics of the Port Authority, said the toll would rise.", "Harbour Economics")]
    [InlineData("The head of the Ministry of Internal Affairs said in May that trade was up. Affairs said more later, the paper wrote.", "Affairs")]
    [InlineData("Unit 7 (Naval Infantry, part of the 9th Brigade) is recruiting volunteers.", "Naval Infantry")]
    [InlineData("In games like Harbour 3 and War Gulls, the lines between play and combat blur.", "War Gulls")]
    [InlineData("The agency's handbook, Foreign Influence on Video Game Platforms, reported: \u201Cthe domain is ripe.\u201D", "Video Game Platforms")]
    public void Extract_DraftsNoPerson_FromRanksOperationsFieldsAndServices(string paragraph, string notAPerson)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(notAPerson));
    }

    [Theory]
    [InlineData("Ana Ruiz, the First Deputy General Director of Andean Railways, said the line would open.", "Director")]
    [InlineData("Jo Paz is an Associate Fellow at the Andean Institute. She is also a Founder and Executive Director of the Harbour Institute for Security Studies (HISS), a think tank. She is also a lecturer.", "Executive Director")]
    public void Extract_DraftsNoPerson_FromAnOfficeWithoutAName(string paragraph, string notAPerson)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(notAPerson));
    }

    [Theory]
    [InlineData("Trade grew.\n\nAda Writer is a Fellow at the Andean Institute. Additionally, Ada holds an advisory position at Quarry House and is a lecturer in politics. She has a broad experience.", "Quarry House")]
    [InlineData("An inquiry led by the partners NDR, WDR and Hafen Zeitung, uncovered a network of middlemen.", "Hafen Zeitung")]
    [InlineData("There are two main players in Alto Varna: Tarvo Enterprises, a company owned by ex-KGB agent Jo Paz, and the Ministry of State Security (MSS).", "Tarvo Enterprises")]
    public void Extract_DraftsNoPerson_FromANameClosedByABodyWord(string paragraph, string notAPerson)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(notAPerson));
    }

    [Theory]
    [InlineData("Europe Should Consider what Diversified Trade Routes are Worth", "Diversified Trade Routes")]
    public void Extract_DraftsNoPerson_FromPluralRoutes(string paragraph, string notAPerson)
    {
        var model = Drafts.Of(paragraph, "Trade grew.");

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(notAPerson));
    }

    [Theory]
    [InlineData("The security model in Peru, Chile and Alto Varna, built on mineral deals, now faces strain.", "Alto Varna")]
    [InlineData("Players lead a coalition of Andean countries (Alto Varna, Peru and Chile) against the rest.", "Alto Varna")]
    public void Extract_DraftsNoPerson_FromANameListedWithCountries(string paragraph, string notAPerson)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(notAPerson));
    }

    [Theory]
    [InlineData("The envoy met Ana Ruiz, Peru's trade minister, on Monday.", "Ana Ruiz")]
    [InlineData("Talks between Peru and Ana Ruiz, the rebel leader, stalled.", "Ana Ruiz")]
    public void Extract_StillDraftsAPerson_BesideACountry(string paragraph, string person)
    {
        var model = Drafts.Of(paragraph);

        Assert.Equal(ActorKind.Person, model.Actor(person).Kind);
    }

    [Fact]
    public void Extract_DraftsThePersonAfterABodyNoun_NotTheBodyNounAsAGivenName()
    {
        var model = Drafts.Of("The outlet stated that former commander of the Harbour People\u2019s Republic (HPR) Militia Jo Paz is a recruiter.");

        Assert.DoesNotContain(model.Actors, a => a.Names().Contains("Militia Jo Paz"));
        Assert.Equal(ActorKind.Person, model.Actor("Jo Paz").Kind);
    }

    [Fact]
    public void Extract_DraftsNoPerson_FromAWordWrittenAfterABodyNoun()
    {
        var model = Drafts.Of(
            "Russian opposition outlet Tidewatch noted that most volunteers came from the regions.",
            "Tidewatch stated that the regiment is short of men. Tidewatch said more later.");

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains("Tidewatch"));
    }

    [Theory]
    [InlineData("The security model in Mali, Niger and Burkina Faso, built on mineral deals, now faces strain.", "Burkina Faso")]
    [InlineData("Players lead a coalition of Sahel countries (Burkina Faso, Mali and Niger) against Western influence.", "Mali")]
    [InlineData("The scandal grew in Senegal, where recruits were promised jobs.", "Senegal")]
    public void Extract_DraftsAState_FromTheGazetteersSmallerCountries(string paragraph, string state)
    {
        var model = Drafts.Of(paragraph);

        Assert.Equal(ActorKind.State, model.Actor(state).Kind);
    }
}
