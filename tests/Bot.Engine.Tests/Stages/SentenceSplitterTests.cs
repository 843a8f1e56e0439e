using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Jane Roe of Ruritania said the plan would fail because Freedonia opposed it and ", 500)]
    [InlineData("Roe ", 5_000)]
    [InlineData("x", 9_000)]
    [InlineData("\U0001F525", 3_000)]
    public void Split_CutsTextThatNeverEndsASentence_IntoPiecesWithinTheLimit(string words, int times)
    {
        var paragraph = string.Concat(Enumerable.Repeat(words, times)).Trim();

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceLength));
        Assert.All(sentences, s => Assert.False(char.IsHighSurrogate(s[^1])));
        Assert.Equal(paragraph.Replace(" ", "", StringComparison.Ordinal), string.Concat(sentences).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_KeepsSentencesWhole_WhenTheyEnd()
    {
        var sentences = SentenceSplitter.Split("Mr. Roe left. Freedonia opposed it! Why?");

        Assert.Equal(["Mr. Roe left.", "Freedonia opposed it!", "Why?"], sentences);
    }
}
