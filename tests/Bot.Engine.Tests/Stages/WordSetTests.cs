using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>A word set answers as a set of ordinal strings would, whatever its size and however its words collide.</summary>
public sealed class WordSetTests
{
    [Theory]
    [InlineData("", "harbour")]
    [InlineData("harbour", "harbour")]
    [InlineData("harbour", "Harbour")]
    [InlineData("harbour harbour dredg", "dredg")]
    [InlineData("harbour dredg council port alder vote fund", "fund")]
    [InlineData("harbour dredg council port alder vote fund", "funds")]
    [InlineData("harbour dredg council port alder vote fund", "")]
    public void Contains_AnswersAsASet_WhenAskedForAWord(string words, string word)
    {
        var list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(list.Contains(word, StringComparer.Ordinal), new WordSet(list).Contains(new WordProbe(word)));
    }

    [Fact]
    public void Contains_FindsEveryWordAndNoOther_WhenTheSetIsLarge()
    {
        var words = Enumerable.Range(0, 500).Select(i => $"w{i}").ToList();
        var set = new WordSet(words.Where((_, i) => i % 2 == 0));

        Assert.All(words.Select((word, i) => (word, i)), p => Assert.Equal(p.i % 2 == 0, set.Contains(new WordProbe(p.word))));
    }
}
