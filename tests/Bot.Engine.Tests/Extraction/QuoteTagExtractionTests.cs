namespace Bot.Engine.Tests.Extraction;

public sealed class QuoteTagExtractionTests
{
    public static TheoryData<string[], string, string> Quotations => new()
    {
        { ["\"The harbour will not close,\" says Marta Quispe, who has fished there for forty years."], "harbour will not close", "Marta Quispe" },
        { ["\"We need the ferry back,\" adds boatbuilder Tomas Vidal."], "need the ferry back", "Tomas Vidal" },
        { ["\"Where is the money?\" said Mayor Ines Ortega, denying any delay."], "Where is the money?", "Ines Ortega" },
        { ["The fisherman Tomas Vidal rows out every dawn.", "\"I grew up on these boats. I will not sell mine,\" said Tomas."], "grew up on these boats", "Tomas Vidal" },
        { ["The fisherman Tomas Vidal rows out every dawn.", "\"I grew up on these boats. I will not sell mine,\" said Tomas."], "will not sell mine", "Tomas Vidal" },
        { ["Senator Luis Prado spoke at the dock.", "\"The quota is unfair,\" he complained. \"The ports must be heard.\""], "ports must be heard", "Luis Prado" },
        { ["\"The port is dying,\" says Marta Quispe. Her husband, Tomas Vidal, is held in the port jail.", "\"He has seen nobody but the guard,\" she says."], "seen nobody but the guard", "Marta Quispe" },
        { ["Ms Marta Quispe mends nets.", "Mr Tomas Vidal sells fish.", "\"Prices keep falling,\" she told the local radio in a letter."], "Prices keep falling", "Marta Quispe" },
        { ["\"The boats are leaking, and we are tired. Nobody will come,\" shouted one marcher, a local baker named Tomas Vidal."], "Nobody will come", "Tomas Vidal" },
        { ["\"Then close the port,\" Mayor Ines Ortega snapped back."], "close the port", "Ines Ortega" },
        { ["\"Nobody asked the fishermen,\" retorted Senator Luis Prado."], "Nobody asked the fishermen", "Luis Prado" },
        { ["At the dock, teacher Marta Quispe says the town depends on the fleet.", "\"Without boats, the school would empty. Nobody would stay.\""], "Nobody would stay", "Marta Quispe" },
        { ["Marta Quispe runs the port.", "\u201CQuispe faces her day of reckoning,\u201D says a senior official."], "day of reckoning", "senior official" },
        { ["Marta Quispe runs the port.", "\"Quispe must go,\" said an opposition MP."], "Quispe must go", "opposition MP" },
        { ["Port officials met on Monday.", "Marta Quispe runs the port.", "\"Quispe must go,\" says a port official."], "Quispe must go", "Port officials" },
        { ["\"Nobody will come,\" shouted one activist, a local baker named Tomas Vidal."], "Nobody will come", "Tomas Vidal" },
        { ["Mayor Ines Ortega said the port board ignores every complaint.", "\u201CTheir answer is always the same: \u2018Nothing is wrong here. We see no problem.\u2019\u201D"], "We see no problem", "Ines Ortega" },
        { ["\u201CNobody waited for calm seas. We sailed with what we had,\u201D Tomas Vidal, a harbour historian, explains."], "sailed with what we had", "Tomas Vidal" },
        { ["\"The quota is unfair,\" Marta Quispe, the head of the fishers' union, said on Monday."], "quota is unfair", "Marta Quispe" },
        // The comma after the closing mark, as British style puts it.
        { ["The buoy made it a \u201Cship of concern\u201D, explained a port official."], "ship of concern", "port official" },
        { ["Mayor Marta Quispe runs the port.", "Two boats take turns on patrol, \u201Clike a relay race\u201D, she said, with help from the coastguard."], "like a relay race", "Marta Quispe" },
    };

    [Theory]
    [MemberData(nameof(Quotations))]
    public void Extract_AttributesAQuotationToItsTagsSpeaker_WhenATagOrTheSpeakerBeforeNamesThem(string[] paragraphs, string said, string speaker)
    {
        var model = Drafts.Of(paragraphs);

        var statement = Assert.Single(model.Statements, s => s.Said.Contains(said, StringComparison.Ordinal));
        Assert.Equal(speaker, model.NameOf(statement.Speaker));
        Assert.Contains(statement.Evidence.Quote, string.Join(" ", paragraphs), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201CNobody waited for calm seas. We sailed with what we had,\u201D Tomas Vidal, a harbour historian, explains.", "Nobody waited for calm seas. We sailed with what we had")]
    [InlineData("The fisherman Tomas Vidal rows out every dawn. \"I grew up on these boats. I will not sell mine,\" said Tomas.", "I grew up on these boats. I will not sell mine")]
    [InlineData("\"The quay is rotten. The cranes rust. Nobody comes,\" says Tomas Vidal.", "The quay is rotten. The cranes rust. Nobody comes")]
    public void Extract_DraftsAQuotationOverSeveralSentencesAsOneStatement(string paragraph, string said)
    {
        var model = Drafts.Of(paragraph);

        var statement = Assert.Single(model.Statements, s => s.Speaker == model.Actor("Tomas Vidal").Id);
        Assert.Contains(said, statement.Said, StringComparison.Ordinal);
        Assert.Contains(statement.Evidence.Quote, paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DraftsNoStatement_WhenTheTagHasNoSpeaker()
    {
        var model = Drafts.Of("\"Free the fishermen,\" reads a banner carried towards the Harbour Court.");

        Assert.Empty(model.Statements);
    }
}
