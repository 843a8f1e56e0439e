using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "X insisted Y is Z, didn't she?": the speaker's name says who spoke, not what was said, so the clause naming the
/// speaker does not outweigh the quoted words, whose "not" denies the claim.
/// </summary>
public sealed class SaidClaimSpeakerTests
{
    private const string Article = """
        Borduria Looks West

        By Ada Quill | March 4, 2021

        Borduria has spent a decade courting its western neighbours. Borduria’s leaders hoped for trade deals and open borders.

        At a summit in Lima on May 2nd, Borduria’s partners promised new funds but ruled out membership talks. “We will not rush Borduria into anything,” said the Ruritanian premier. Jo Marsh, Ruritania’s trade envoy, went so far as to declare that “Borduria is not Europe.”

        Borduria’s ministers called the remark insulting. Ruritania’s foreign minister, Ivo Sand, told reporters that “Ruritania is not negotiating with anyone about membership for Borduria.”
        """;

    [Theory]
    [InlineData("Jo Marsh insisted Borduria is part of Europe, didn't she?", "No")]
    [InlineData("Did Jo Marsh say that Borduria is part of Europe?", "No")]
    [InlineData("Did Jo Marsh declare that Borduria is not Europe?", "Yes")]
    [InlineData("Jo Marsh said Borduria is not Europe, right?", "Yes")]
    public void Ask_ReadsTheQuotedWords_NotTheClauseNamingTheSpeaker(string question, string start) => AssertOpens(question, start);

    /// <summary>A name before the verb of saying that the words said name too is what was said about, not only who spoke.</summary>
    [Fact]
    public void Ask_KeepsTheSpeakersName_WhenTheClaimedWordsNameItToo() =>
        AssertOpens("Is Ruritania's foreign minister quoted as saying Ruritania is negotiating about membership for Borduria?", "No");

    private static void AssertOpens(string question, string start)
    {
        var answer = DraftedArticle.Ask("envoy.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
