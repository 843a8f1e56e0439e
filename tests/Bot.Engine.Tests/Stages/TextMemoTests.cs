using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>The memo behind the remembered parses, names and spellings: it saves work on repeated text, within its bounds.</summary>
public sealed class TextMemoTests
{
    [Fact]
    public void GetOrAdd_RemembersATextTheSecondTime_WhenItRepeats()
    {
        var memo = new TextMemo<string>(maxEntries: 10, maxTextLength: 20);
        var calls = 0;

        var results = Enumerable.Range(0, 4).Select(_ => memo.GetOrAdd("who wrote it", Work, 0)).ToList();

        Assert.Equal(2, calls);
        Assert.All(results, r => Assert.Equal("WHO WROTE IT", r));
        Assert.Same(results[1], results[3]);

        string Work(string text, int _)
        {
            calls++;
            return text.ToUpperInvariant();
        }
    }

    [Fact]
    public void GetOrAdd_RemembersNothing_WhenEveryTextComesOnce()
    {
        var memo = new TextMemo<int>(maxEntries: 100, maxTextLength: 20);

        foreach (var i in Enumerable.Range(0, 50))
            memo.GetOrAdd($"question {i}", static (text, _) => text.Length, 0);

        Assert.Equal(0, memo.Count);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void GetOrAdd_RemembersOnlyShortTexts_WhenGivenAMaximumLength(int length, bool remembered)
    {
        var memo = new TextMemo<int>(maxEntries: 10, maxTextLength: 5);
        var text = new string('a', length);

        memo.GetOrAdd(text, static (t, _) => t.Length, 0);
        Assert.Equal(length, memo.GetOrAdd(text, static (t, _) => t.Length, 0));

        Assert.Equal(remembered ? 1 : 0, memo.Count);
    }

    [Fact]
    public void GetOrAdd_StartsAfresh_WhenFull()
    {
        var memo = new TextMemo<int>(maxEntries: 3, maxTextLength: 20);

        foreach (var text in new[] { "a", "a", "b", "b", "c", "c", "d", "d" })
            memo.GetOrAdd(text, static (t, _) => t.Length, 0);

        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void GetOrAdd_WorksOutEachTextTwiceAtMost_WhenManyTextsRepeatInTurn()
    {
        // Texts whose hashes fell on one remembered slot used to push each other out for good, and were worked out every time.
        var memo = new TextMemo<int>(maxEntries: 256, maxTextLength: 20);
        var texts = Enumerable.Range(0, 200).Select(i => $"question {i}").ToList();
        var calls = 0;

        for (var round = 0; round < 4; round++)
        {
            foreach (var text in texts)
                memo.GetOrAdd(text, Work, 0);
        }

        Assert.Equal(2 * texts.Count, calls);

        int Work(string text, int _)
        {
            calls++;
            return text.Length;
        }
    }
}
