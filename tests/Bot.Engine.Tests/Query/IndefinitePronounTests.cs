using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "If somebody blocks the road again, can he go to jail?": "he" is the question's own somebody, not someone to name;
/// a "he" after a named person is still that person's.
/// </summary>
public sealed class IndefinitePronounTests
{
    private const string Article = """
        Vell Tightens Road Rules

        By Ada Quill | March 4, 2021

        The Vell council has passed a law allowing up to 10 days' detention for a first offence of blocking the harbour road, with repeat offenders facing up to a year in jail.

        Mayor Oskar Brandt said he would sign the law on Friday.
        """;

    [Theory]
    [InlineData("If somebody blocks the harbour road again and again, can he go to jail for a year?")]
    [InlineData("If someone blocks the harbour road again, does she face jail?")]
    public void Ask_ReadsHeAfterSomebody_AsThatSomebody(string question)
    {
        var answer = DraftedArticle.Ask("vell.txt", Article, question).Text;
        Assert.DoesNotContain("I'm not sure who", answer, StringComparison.Ordinal);
        Assert.StartsWith("Yes", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WithNoOneBefore_StillAsksWhoHeIs() =>
        Assert.Contains("I'm not sure who", DraftedArticle.Ask("vell.txt", Article, "Can he go to jail for a year?").Text, StringComparison.Ordinal);
}
