namespace Bot.Engine.Tests.Extraction;

/// <summary>"When X turned to Y, he said ...": the one turned to or asked answers, and is who the pronoun stands for.</summary>
public sealed class AddressedSpeakerTests
{
    [Theory]
    [InlineData("When Minister Arlo Venn turned to Mayor Ines Ortega, one of the port's firmest allies, she said: \u201CWe will open the harbour in May.\u201D", "Ines Ortega")]
    [InlineData("After Minister Arlo Venn asked Mayor Ines Ortega about the tolls, she said that the bridge would stay open.", "Ines Ortega")]
    // No one turned to or asked: the pronoun keeps to the one who acted.
    [InlineData("When Minister Arlo Venn met Tomas Vidal in Kessberg, he said that the bridge would stay open.", "Arlo Venn")]
    public void Extract_GivesThePronounsStatement_ToTheOneTurnedToOrAsked(string sentence, string speaker)
    {
        var model = Drafts.Of(sentence);

        var statement = Assert.Single(model.Statements);
        Assert.Equal(speaker, model.NameOf(statement.Speaker));
    }
}
