namespace Bot.Engine.Tests.Extraction;

public sealed class RelationExtractionTests
{
    [Theory]
    [InlineData("Peru's membership in the Pacific Fisheries Union shapes its policy.", "Peru", "Pacific Fisheries Union", "member-of")]
    [InlineData("Chile left the Pacific Fisheries Union, an organization that includes Peru.", "Peru", "Pacific Fisheries Union", "member-of")]
    [InlineData("Senator Luis Prado met his Chilean counterpart Ana Vera in Lima.", "Luis Prado", "Ana Vera", "counterpart")]
    [InlineData("The Council of Coastal Towns, which represents Chilean fishermen, objected.", "Council of Coastal Towns", "Chilean fishermen", "represents")]
    [InlineData("The Peru-Chile alliance held firm.", "Peru", "Chile", "ally")]
    [InlineData("Bolivia remains a reliable Peruvian trade partner.", "Bolivia", "Peru", "partner")]
    [InlineData("Bolivia has an old rivalry with Chile.", "Bolivia", "Chile", "rival")]
    [InlineData("Since 1990, Bolivia together with Chile has pushed for a river treaty.", "Bolivia", "Chile", "partner")]
    [InlineData("Bolivia, together with Chile, is the gateway to the coast.", "Bolivia", "Chile", "partner")]
    [InlineData("The Bolivia\u2013Chile tandem often works as one.", "Bolivia", "Chile", "partner")]
    [InlineData("Bolivia's ally Chile stayed silent.", "Bolivia", "Chile", "ally")]
    [InlineData("Peru grew its trade by signing fishing agreements with Chile.", "Peru", "Chile", "agreement")]
    [InlineData("Bolivia is becoming increasingly dependent on Chile for its ports.", "Bolivia", "Chile", "dependent-on")]
    [InlineData("The strike gave Governor Ana Ruiz and her backers in Chile a pretext.", "Chile", "Ana Ruiz", "backs")]
    [InlineData("Peru's supporters from Bolivia stayed away.", "Bolivia", "Peru", "backs")]
    [InlineData("Tomas Vidal has not been charged, and supporters say he has been unfairly blamed.", "supporters", "Tomas Vidal", "backs")]
    [InlineData("Mayor Tomas Vidal lost the vote. His supporters insist that it was rigged.", "supporters", "Tomas Vidal", "backs")]
    [InlineData("Senator Luis Prado, backed by Chile, won the vote.", "Chile", "Luis Prado", "backs")]
    [InlineData("Senator Luis Prado is quietly funded by Chile.", "Chile", "Luis Prado", "backs")]
    public void Extract_FindsRelation(string sentence, string from, string to, string kind)
    {
        var model = Drafts.Of(sentence);

        Assert.Contains(model.Relations, r => model.NameOf(r.From) == from && model.NameOf(r.To) == to && r.Kind == kind && sentence.Contains(r.Evidence.Quote));
    }
}
