using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A yes/no claim about what someone asserted ("did X claim Y?") is said by the fact's own verb of saying; and the
/// general synonyms of weakening ("crippled") and of armed forces ("military") say the claim's
/// word, where the article uses those words elsewhere. The verb of the clause someone is claimed to have asserted is the
/// point of the claim: a fact saying the rest leaves a verb it does not say unconfirmed.
/// </summary>
public sealed class AssertedClaimTests
{
    private const string Article = """
        Borduria Feels the Embargo

        By Ada Quill | March 4, 2021

        Ivo Tarn, the envoy of the Ruritanian Union to Borduria, said that the embargo has crippled the Bordurian economy and its shipyards.

        Mira Lenz and Olaf Brandt, the foreign ministers of Ruritania and Syldavia, spoke to Kurt Vollo, warning him against a military incursion into Kessland.

        Farmers in Syldavia claim a drought weakened the harvest last year, and relief forces reached the villages.
        """;

    [Theory]
    [InlineData("Did Ivo Tarn claim the embargo has weakened the Bordurian economy?")]
    [InlineData("Did Mira Lenz and Olaf Brandt caution Kurt Vollo against sending forces into Kessland?")]
    public void Ask_ConfirmsAClaim_SaidInTheArticlesOwnWords(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("embargo.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did Ivo Tarn claim the embargo has weakened the Bordurian army?")]
    [InlineData("Did Ivo Tarn deny the embargo has weakened the Bordurian economy?")]
    [InlineData("Did Ivo Tarn claim the embargo has spared the Bordurian economy?")]
    [InlineData("Did Ivo Tarn say the embargo has strengthened the Bordurian economy?")]
    [InlineData("Did Mira Lenz urge Kurt Vollo to send forces into Kessland?")]
    public void Ask_DoesNotConfirmAClaim_TheArticleSaysOnlyInPart(string question) =>
        Assert.DoesNotMatch("^Yes", DraftedArticle.Ask("embargo.txt", Article, question).Text);
}
