using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>The typo distance (a swap counts once), its early stop, and how many typos a word of each length may carry.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("harbour", "harbour", 2, 0)]
    [InlineData("harbour", "harbur", 2, 1)]
    [InlineData("greenwick", "greenwik", 2, 1)]
    [InlineData("greenwick", "grenwik", 2, 2)]
    [InlineData("hale", "hael", 2, 1)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("", "roe", 3, 3)]
    public void Compute_ReturnsTheDistance_WhenWithinTheBound(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Compute(a, b, max));

    [Theory]
    [InlineData("roe", "hale", 1)]
    [InlineData("abc", "xyz", 1)]
    [InlineData("a", "abcd", 2)]
    [InlineData("kitten", "sitting", 2)]
    public void Compute_ReturnsOnePastTheBound_WhenFurtherApart(string a, string b, int max) =>
        Assert.Equal(max + 1, EditDistance.Compute(a, b, max));

    [Theory]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(1000)]
    public void Compute_CountsASwapOnce_WhenTheWordsAreLong(int length)
    {
        var word = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
        var swapped = word[..^2] + word[^1] + word[^2];

        Assert.Equal(1, EditDistance.Compute(word, swapped, 2));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(20, 2)]
    public void Allowance_GrantsMoreTypos_WhenTheWordIsLonger(int length, int expected) =>
        Assert.Equal(expected, EditDistance.Allowance(length));
}
