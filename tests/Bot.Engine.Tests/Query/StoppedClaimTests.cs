using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>Claims that something still goes on, checked against an article that says elsewhere it has stopped.</summary>
public sealed class StoppedClaimTests
{
    private const string Article = "Harbour Works\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Ruritania dredged the Alder bay for a decade and piled the silt that it had dredged beside the old pier, which still draws tourists.\n\n"
        + "Ruritania has faced protests over the work. Whether owing to the protests or the cost, the minister does not say, but dredging \"has now stopped\".\n\n"
        + "Borduria keeps fishing in the bay. Its fishing has not stopped despite the storms.\n";

    [Theory]
    [InlineData("so ruritania is still dredging the bay rn right")]
    [InlineData("Ruritania's dredging is still going on, isn't it?")]
    public void Ask_SaysNoLonger_WhenAnotherSentenceSaysTheActionHasStopped(string question) =>
        Assert.StartsWith("No, no longer. The article says: \"Whether owing", DraftedArticle.Ask("harbour.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("is borduria still fishing in the bay?")]
    [InlineData("does the old pier still draw tourists?")]
    public void Ask_DoesNotSayNoLonger_WhenTheStopIsDeniedOrSaidOfSomethingElse(string question) =>
        Assert.False(DraftedArticle.Ask("harbour.txt", Article, question).Text.StartsWith("No, no longer", StringComparison.Ordinal));
}
