using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "What does Kessberg supply?" of "Kessberg is a supplier of grain": a noun in "-ier" of a verb in "-y" is who does it,
/// and meets the verb as "supplied" and "supplies" do.
/// </summary>
public sealed class AgentNounInIerTests
{
    [Theory]
    [InlineData("supply", "supplier")]
    [InlineData("supplies", "suppliers")]
    [InlineData("carried", "carrier")]
    [InlineData("easy", "easier")]
    public void Stem_MeetsTheVerb_OfAnAgentNounInIer(string verb, string noun) =>
        Assert.Equal(Stemmer.Stem(verb), Stemmer.Stem(noun));
}
