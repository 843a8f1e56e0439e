using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims that an explanation's reason answers rather than the belief it explains: the reason's own sentence is checked,
/// and a negation of it that is also the opposite of a claim word ("refusal" against "join") denies the claim once.
/// </summary>
public sealed class ExplainedByReasonClaimTests
{
    private const string Article = "Kessberg Drifts\n\nBy Ada Quill | March 4, 2021\n\n"
        + "The belief that Borduria's government is acting in Ruritania's interest is widespread among reformers here. "
        + "They point to the ruling party's founder, Arlo Venn, who made his fortune in Ruritania; laws mirroring Ruritanian rules on charities; "
        + "the government's refusal to impose sanctions on Ruritania over the war and hostile rhetoric.\n\n"
        + "Mayor Tom Reed opened a new bridge in Kessberg on May 3rd.\n";

    [Theory]
    [InlineData("Has Borduria joined the sanctions against Ruritania?", "No")]
    [InlineData("Borduria imposed sanctions on Ruritania, didn't it?", "No")]
    [InlineData("Has Borduria refused to impose sanctions on Ruritania?", "Yes")]
    public void Ask_ChecksTheReasonsSentence_WhenAReasonSaysTheClaimAndTheBeliefItExplainsDoesNot(string question, string start)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question).Text;
        Assert.StartsWith(start, answer, StringComparison.Ordinal);
        Assert.Contains("refusal to impose sanctions", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_KeepsTheBeliefsOwnSentence_WhenTheClaimIsTheBelief() =>
        Assert.StartsWith("Yes. The belief", DraftedArticle.Ask("kessberg.txt", Article, "Is the belief that Borduria acts in Ruritania's interest widespread?").Text,
            StringComparison.Ordinal);
}
