using Bot.Engine.Extraction;
using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Bodies, camps and unnamed people the article names only by a common noun ("the harbour council voted", "hardliners
/// want", "a senior official said") are actors, so what they decided, said or opposed is theirs.
/// </summary>
public sealed class ActingBodyExtractionTests
{
    [Theory]
    [InlineData("The harbour council voted on Tuesday to close the ferry pier.", "harbour council", ActorKind.Organisation, "the council")]
    [InlineData("The regulator said the fares would rise by a third.", "regulator", ActorKind.Organisation, "the regulator")]
    [InlineData("Hardliners in the ruling bloc want the pier sold outright.", "hardliners in the ruling bloc", ActorKind.Group, "hardliners")]
    [InlineData("Residents fear the closure will cut off the island.", "residents", ActorKind.Group, "the residents")]
    [InlineData("A senior official said the sale would take two years.", "senior official", ActorKind.Person, "senior official")]
    [InlineData("Fares rose, but the regulator said the rise was fair.", "regulator", ActorKind.Organisation, "the regulator")]
    [InlineData("The pier was old; the dockers union warned that its members would strike.", "dockers union", ActorKind.Organisation, "the union")]
    public void Extract_DraftsACommonNounSubjectAsAnActor_WhenItActsOrSpeaks(string sentence, string name, ActorKind kind, string alias)
    {
        var model = Drafts.Of(sentence);

        var actor = model.Actor(name);
        Assert.Equal(kind, actor.Kind);
        Assert.Contains(alias, actor.Names());
    }

    [Theory]
    [InlineData("The government said the fares would rise.", "government")]
    [InlineData("People fear the closure will cut off the island.", "people")]
    [InlineData("The council chamber was empty on Tuesday.", "council chamber")]
    [InlineData("The Alder Harbour Council met on Monday. The council voted to close the pier.", "council")]
    public void Extract_DraftsNoCommonNounActor_WhenTheNounIsVagueOrAlreadyNamed(string text, string name)
    {
        var model = Drafts.Of(text);

        Assert.DoesNotContain(model.Actors, a => a.Names().Contains(name, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_GivesTheStatementToTheBody_NotToTheAuthor()
    {
        var model = Drafts.Of("The regulator said the fares would rise by a third.");

        var regulator = model.Actor("regulator").Id;
        Assert.Contains(model.Statements, s => s.Speaker == regulator);
        Assert.DoesNotContain(model.Positions, p => p.Actor == model.Actor("Ada Writer").Id);
    }

    private const string Article = """
        Pier Plan Splits Alder Bay

        By Ada Quill | March 4, 2021

        The harbour council voted on Tuesday to close the old ferry pier. Shop owners opposed the plan, saying it would drive away visitors.

        The regulator said fares on the new route would rise by a third.
        """;

    [Fact]
    public void Ask_NamesACommonNounBodyAmongTheActors()
    {
        var answer = DraftedArticle.Ask("alder-pier.txt", Article, "Who are the main actors?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("harbour council", answer.Text, StringComparison.Ordinal);
        Assert.Contains("regulator", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MakesTheBodyTheParticipantOfWhatItDid()
    {
        var model = ArticleExtractor.Extract("alder-pier", "alder-pier.txt", Article);

        Assert.Contains(model.Events, e => e.Participants.Contains(model.Actor("harbour council").Id));
    }
}
