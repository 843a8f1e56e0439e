using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// "Marta Quispe is a Senior Lecturer in Maritime Economics. She ...": the capitalised words are the title she holds and
/// her field, not people; the pronoun after the sentence is hers.
/// </summary>
public sealed class HeldTitleExtractionTests
{
    private const string Note = "Marta Quispe is a Senior Lecturer in Maritime Economics at Northfield University, focusing on port finance. "
        + "She also writes for the Coastal Times.";

    [Theory]
    [InlineData("Senior Lecturer")]
    [InlineData("Maritime Economics")]
    public void Extract_DraftsNoPerson_OfATitleHeldOrAFieldInASentenceAboutSomeoneNamedBefore(string words)
    {
        var model = Drafts.Of("The harbour council voted to raise tolls on cargo ships.", Note);

        Assert.DoesNotContain(model.Actors, a => a.Kind == ActorKind.Person && a.Name == words);
    }

    [Fact]
    public void Extract_GivesThePronounAfterTheSentenceToThePersonItIsAbout()
    {
        var model = Drafts.Of("The harbour council voted to raise tolls on cargo ships.", Note);

        Assert.Equal("female", model.Actor("Marta Quispe").Gender);
    }

    [Fact]
    public void Extract_StillDraftsAPerson_NamedOnlyBeforeAPronoun()
    {
        var model = Drafts.Of("The harbour council voted to raise tolls on cargo ships. Tomas Vidal runs the ferry company. He fears the tolls.");

        Assert.Equal(ActorKind.Person, model.Actor("Tomas Vidal").Kind);
    }
}
