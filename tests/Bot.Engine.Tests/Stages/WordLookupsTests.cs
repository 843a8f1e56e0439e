using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>Any, all and how many of some words are in a set, as LINQ over the set's lookup would tell.</summary>
public sealed class WordLookupsTests
{
    [Theory]
    [InlineData("", "harbour dredg")]
    [InlineData("harbour", "")]
    [InlineData("harbour", "harbour dredg")]
    [InlineData("Harbour", "harbour dredg")]
    [InlineData("council vote", "harbour dredg")]
    [InlineData("harbour council dredg harbour", "harbour dredg")]
    [InlineData("dredg harbour", "harbour dredg")]
    public void Lookups_AnswerAsLinqDoes_ForAnyWordsAndSet(string words, string set)
    {
        IReadOnlyList<string> list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lookup = new HashSet<string>(set.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

        Assert.Equal(list.Any(w => lookup.Contains(w)), list.AnyIn(lookup));
        Assert.Equal(list.All(w => lookup.Contains(w)), list.AllIn(lookup));
        Assert.Equal(list.Count(w => lookup.Contains(w)), list.CountIn(lookup));
    }

    [Theory]
    [InlineData("", "harbour")]
    [InlineData("harbour", "harbour")]
    [InlineData("Harbour", "harbour")]
    [InlineData("the council voted on the harbour", "the")]
    [InlineData("the council voted on the harbour", "dredging")]
    [InlineData("harbour dredging and harbour fees", "harbour")]
    public void Positions_AreListsOwn_WithoutCopyingTheWords(string words, string word)
    {
        IReadOnlyList<string> list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var copy = list.ToList();

        Assert.Equal(copy.IndexOf(word), list.IndexOf(word));
        Assert.Equal(copy.IndexOf(word, Math.Min(1, copy.Count)), list.IndexOf(word, Math.Min(1, copy.Count)));
        Assert.Equal(copy.LastIndexOf(word), list.LastIndexOf(word));
        Assert.Equal(copy.FindIndex(w => w.StartsWith('h')), list.FindIndex(w => w.StartsWith('h')));
        Assert.Equal(copy.FindIndex(Math.Min(1, copy.Count), w => w.StartsWith('h')), list.FindIndex(Math.Min(1, copy.Count), w => w.StartsWith('h')));
    }
}
