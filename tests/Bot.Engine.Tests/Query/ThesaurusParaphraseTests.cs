using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims in the everyday words a reader uses for the article's news words, met through the general thesaurus:
/// "teaching" of "training", "slam" of "condemned", "strike" (or "go after") of "targeted", "sign off on" of "approved", "gives" of "supplies", "cancelled" of "reversed" (undoing counts as a denial, as cancelling does); a claim with another
/// verb stays unconfirmed.
/// </summary>
public sealed class ThesaurusParaphraseTests
{
    private const string Article = """
        Keld Changes Course

        By Ada Quill | March 4, 2021

        Soldiers from Keld are training their Vell counterparts in mine clearance.

        In May the Keld council approved a levy on harbour fuel.

        The Vell harbour depots were targeted by Dorn rockets in June.

        In July the council pushed through a fuel tax on fishing boats, a move reversed after huge protests.

        Both Keld and Vell have condemned the new toll on the strait.

        Dorn effectively supplies the Vell fishing fleet with diesel free of charge.
        """;

    [Theory]
    [InlineData("Are Keld soldiers teaching their Vell counterparts mine clearance?")]
    [InlineData("Did Dorn rockets strike the Vell harbour depots?")]
    [InlineData("Did Dorn rockets go after the Vell harbour depots?")]
    [InlineData("Did the Keld council sign off on a levy on harbour fuel?")]
    [InlineData("The fuel tax on fishing boats, was it cancelled after protests?")]
    [InlineData("was the fishing boat fuel tax scrapped after the protests")]
    [InlineData("did keld and vell both slam the new toll on the strait")]
    [InlineData("wait so dorn just gives the vell fishing fleet diesel for free??")]
    public void Ask_ConfirmsAClaim_InEverydayWordsForTheArticlesNewsWords(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did the Keld council veto a levy on harbour fuel?")]
    [InlineData("Did Dorn rockets miss the Vell harbour depots?")]
    public void Ask_DoesNotConfirm_AClaimWithAnotherVerb(string question) =>
        Assert.False(DraftedArticle.Ask("keld.txt", Article, question).Text.StartsWith("Yes", StringComparison.Ordinal));
}
