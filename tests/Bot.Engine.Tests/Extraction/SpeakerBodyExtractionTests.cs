namespace Bot.Engine.Tests.Extraction;

/// <summary>Speakers quoted for a body ("says X of Y, a Z") and bodies described with where they are based.</summary>
public sealed class SpeakerBodyExtractionTests
{
    [Theory]
    [InlineData("Most of the barges are old, says Marta Kessel of Tidewatch, a river-freight consultancy.", "Marta Kessel", "Of Tidewatch, a river-freight consultancy who said: Most of the barges are old")]
    [InlineData("“The barges will keep coming,” says Olek Varan of Brightfield, a shipping firm.", "Olek Varan", "Of Brightfield, a shipping firm who said: The barges will keep coming")]
    [InlineData("Patrols work, says Ivo Lenz of the Institute for Harbours and Canals, a think-tank in Alderport.", "Ivo Lenz", "Of the Institute for Harbours and Canals, a think-tank in Alderport who said: Patrols work")]
    [InlineData("Barges are run by traders, says Noor Aziz of R4RX, a research group in Alderport.", "R4RX", "Research group in Alderport")]
    [InlineData("Patrols work, says Ivo Lenz of the Institute for Harbours and Canals, a think-tank in Alderport.", "Institute for Harbours and Canals", "Think-tank in Alderport")]
    public void Extract_GivesTheSpeakerTheBodyNamedAfterThem_AndTheBodyWhereItIsBased(string sentence, string name, string role)
    {
        var model = Drafts.Of(sentence);

        Assert.Equal(role, model.Actor(name).Role);
    }

    [Theory]
    [InlineData("Most of the barges are old, says Marta Kessel of Tidewatch, a river-freight consultancy.", "Marta Kessel", "says")]
    [InlineData("The port adopted what analyst Ivo Lenz calls “soft policing”.", "Ivo Lenz", "calls")]
    [InlineData("As Mr Pell puts it: “The river decides.” Tomas Pell said so before.", "Tomas Pell", "puts")]
    public void Extract_DraftsAStatement_WhenTheSpeakerFollowsTheVerb(string sentence, string name, string verb)
    {
        var model = Drafts.Of(sentence);

        var speaker = model.Actor(name).Id;
        Assert.Contains(model.Statements, s => s.Speaker == speaker && s.Keywords.Contains(verb));
    }

    [Fact]
    public void Extract_DraftsNoInvertedStatement_WhenTheSentenceOpensOnTheWordsOfOthers()
    {
        var model = Drafts.Of("People “want a new harbour”, says Marta Kessel of Tidewatch, a river-freight consultancy.");

        var speaker = model.Actor("Marta Kessel").Id;
        Assert.DoesNotContain(model.Statements, s => s.Speaker == speaker);
    }
}
