using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>The memo behind the remembered parses and spellings: it saves work on repeated text, within its bounds.</summary>
public sealed class TextMemoTests
{
    [Fact]
    public void GetOrAdd_WorksOnce_WhenTheSameTextRepeats()
    {
        var memo = new TextMemo<string>(maxEntries: 10, maxTextLength: 20);
        var calls = 0;

        var first = memo.GetOrAdd("who wrote it", Work, 0);
        var second = memo.GetOrAdd("who wrote it", Work, 0);

        Assert.Equal(1, calls);
        Assert.Same(first, second);

        string Work(string text, int _)
        {
            calls++;
            return text.ToUpperInvariant();
        }
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void GetOrAdd_RemembersOnlyShortTexts_WhenGivenAMaximumLength(int length, bool remembered)
    {
        var memo = new TextMemo<int>(maxEntries: 10, maxTextLength: 5);

        Assert.Equal(length, memo.GetOrAdd(new string('a', length), static (text, _) => text.Length, 0));
        Assert.Equal(remembered ? 1 : 0, memo.Count);
    }

    [Fact]
    public void GetOrAdd_StartsAfresh_WhenFull()
    {
        var memo = new TextMemo<int>(maxEntries: 3, maxTextLength: 20);

        foreach (var text in new[] { "a", "b", "c", "d" })
            memo.GetOrAdd(text, static (t, _) => t.Length, 0);

        Assert.Equal(1, memo.Count);
    }
}
