using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Products, services, networks and plural nouns named in a sentence are things, not people: a person needs a
/// name's shape, a title, a role noun or a pronoun pointing back.
/// </summary>
public sealed class ThingNotPersonTests
{
    [Theory]
    [InlineData("The army would need six months to replace Skylink, said a Ruritanian drone commander. Skylink terminals carry its messages.", "Skylink")]
    [InlineData("\u201CThe strikes came on the day talks began with the United States,\u201D said Jo Roe in an address. The United States said little.", "States")]
    [InlineData("Councillors and MPs urge him to resign. Yet some MPs insist the minister stay.", "MPs")]
    [InlineData("Ruritanian units rely on Skylink Orbit, which keeps their drones in the air.", "Skylink Orbit")]
    [InlineData("The army uses Skylink Orbit to coordinate its artillery, he said.", "Skylink Orbit")]
    [InlineData("The firm supplies Nova Link terminals to the army, and he says the deal is worth millions.", "Nova Link")]
    [InlineData("Varna has tried to replace Skylink Orbit with balloons, and he says it has failed.", "Skylink Orbit")]
    public void Extract_DraftsNoPerson_FromAThingNamedInASentence(string paragraph, string notAPerson)
    {
        var model = Drafts.Of(paragraph);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Names().Contains(notAPerson));
    }

    [Theory]
    [InlineData("The president replaced Jo Roe, the defence minister, last week.", "Jo Roe")]
    [InlineData("The party relies on Jo Roe, its chief whip, and he says the vote is safe.", "Jo Roe")]
    [InlineData("\u201CWe will not give in,\u201D said Jo Roe. Roe said more later.", "Jo Roe")]
    [InlineData("Ana Ruiz-Paz said the talks failed. Ruiz-Paz said more later.", "Ana Ruiz-Paz")]
    public void Extract_StillDraftsAPerson_NamedAsAnObject(string paragraph, string person)
    {
        var model = Drafts.Of(paragraph);

        Assert.Equal(ActorKind.Person, model.Actor(person).Kind);
    }

    [Theory]
    [InlineData("Officials are pressing him to resign. Yet some MPs insist the minister stay.", "MPs")]
    [InlineData("The talks stalled, and NGOs warned that aid would run out.", "NGOs")]
    public void Extract_DraftsAGroup_FromAnAcronymsPluralThatSpeaks(string paragraph, string group)
    {
        var model = Drafts.Of(paragraph);

        Assert.Equal(ActorKind.Group, model.Actor(group).Kind);
    }
}
