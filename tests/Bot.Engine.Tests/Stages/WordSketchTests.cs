using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>A sketch may only rule a word out when the set lacks it.</summary>
public sealed class WordSketchTests
{
    [Theory]
    [InlineData("")]
    [InlineData("harbour")]
    [InlineData("harbour dredg council port alder vote fund")]
    public void MayContain_IsTrue_ForEveryWordOfTheSet(string words)
    {
        var set = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sketch = new WordSketch(set);

        Assert.All(set, word => Assert.True(sketch.MayContain(WordSketch.Bit(word))));
    }

    [Fact]
    public void MayContain_IsFalse_ForEveryWord_WhenTheSetIsEmpty() =>
        Assert.DoesNotContain(Enumerable.Range(0, 256), bit => new WordSketch([]).MayContain(bit));

    [Fact]
    public void MayContain_RulesOutMostWords_WhenTheSetIsSmall()
    {
        var sketch = new WordSketch(["harbour", "dredg", "council"]);

        Assert.True(Enumerable.Range(0, 256).Count(sketch.MayContain) <= 3);
    }

    [Fact]
    public void Bit_StaysInTheSketch_ForAnyWord() =>
        Assert.All(new[] { "", "a", "harbour", new string('x', 500) }, word => Assert.InRange(WordSketch.Bit(word), 0, 255));
}
