using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Engine.Tests.Stages;

/// <summary>Finding the entities a text names, on the harbour article.</summary>
public sealed class EntityLinkerTests
{
    [Theory]
    [InlineData("Mayor Jane Roe of Port Alder", false, new[] { "roe", "port-alder" })]
    [InlineData("the dredging plan", false, new[] { "dredging" })]
    [InlineData("the dredging plan", true, new string[0])]
    public void MentionedIn_FindsTheNamedEntities_WhenAskedTwice(string text, bool actorsOnly, string[] expected)
    {
        var linker = StageIndex.Harbour.Linker;

        Assert.Equal(expected.Order(), linker.MentionedIn(text, actorsOnly).Order());
        Assert.Equal(expected.Order(), linker.MentionedIn(text, actorsOnly).Order());
    }

    [Theory]
    [InlineData("Hale", "hale")]
    [InlineData("Mayor Roe", "roe")]
    [InlineData("Greenwickers", "greenwick")]
    public void Link_NamesTheEntity_WhenAnAliasIsTyped(string typed, string expected)
    {
        var mention = Assert.Single(StageIndex.Harbour.Linker.Link(typed.Split(' ')));

        Assert.Equal([expected], mention.Candidates);
    }

    [Theory]
    [InlineData("would the vote alter the plan", null)]
    [InlineData("would the vote change aldr", "port-alder")]
    public void Link_CorrectsOnlyWordsNoThesaurusKnows_WhenOneIsATypoAwayFromAName(string text, string? expected)
    {
        var mentions = StageIndex.Harbour.Linker.Link(text.Split(' '));

        Assert.Equal(expected is null ? [] : [expected], mentions.SelectMany(m => m.Candidates));
    }

    [Theory]
    [InlineData("luka", "lukashenko")]
    [InlineData("Lukash", "lukashenko")]
    [InlineData("tokaye", "tokayev")]
    [InlineData("toka", null)]
    [InlineData("zzzz", null)]
    public void Link_ReadsAShortenedName_WhenOnePersonsNameStartsSo(string typed, string? expected)
    {
        var mentions = People().Link([typed]);

        Assert.Equal(expected is null ? [] : [expected], mentions.SelectMany(m => m.Candidates));
    }

    /// <summary>Three people, two of whose surnames start alike.</summary>
    private static EntityLinker People()
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var aliases = new List<Alias>();
        foreach (var (id, name) in new[] { ("lukashenko", "Alexander Lukashenko"), ("tokayev", "Kassym Tokayev"), ("tokarev", "Ivan Tokarev") })
        {
            var person = new Entity(id, name, isActor: true);
            person.Actors.Add(new Actor(id, name, ActorKind.Person, [], "", null, null, new Evidence("article", 1, name)));
            entities[id] = person;
            aliases.Add(new Alias(name, id, Weak: false));
            aliases.Add(new Alias(name.Split(' ')[^1], id, Weak: true));
        }
        return new EntityLinker(entities, aliases);
    }

    [Theory]
    [InlineData("IS", true)]
    [InlineData("EU27", true)]
    [InlineData("ÉTAT", true)]
    [InlineData("Is", false)]
    [InlineData("A", false)]
    [InlineData("", false)]
    [InlineData("état", false)]
    public void IsShouted_TellsAWordTypedInCapitals_WhenLongerThanOneLetter(string token, bool shouted) =>
        Assert.Equal(shouted, EntityLinker.IsShouted(token));

    [Theory]
    [InlineData("who is that guy", true)]
    [InlineData("who is the bodybuilder guy", false)]
    [InlineData("whos the fisherman dude", false)]
    public void Link_ReadsGuyAsPointingBack_UnlessAWordBeforeItDescribesHim(string typed, bool pointsBack) =>
        Assert.Equal(pointsBack, StageIndex.Harbour.Linker.Link(typed.Split(' ')).Any(m => m.Pronoun is not null));
}
