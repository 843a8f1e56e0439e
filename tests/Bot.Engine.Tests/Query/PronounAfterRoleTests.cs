using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "On what date did the foreign minister issue his denial?" as a chat's first question: "his" is the foreign minister's,
/// whom the question names by role, so there is no one to ask about; a "his" with no role before it still is.
/// </summary>
public sealed class PronounAfterRoleTests
{
    private const string Article = """
        Kessberg Denies Port Talks

        By Ada Quill | May 9, 2022

        Ruritania's harbour authority said on May 2 that it was in talks with Kessberg about a shared port.

        Kessberg's Foreign Minister Arlo Venn denied the report on May 4, telling reporters that no talks were under way.
        """;

    [Theory]
    [InlineData("On what date did the foreign minister issue his denial?", true)]
    [InlineData("When did the foreign minister make his denial?", true)]
    [InlineData("When did he issue his denial?", false)]
    public void Ask_ReadsHisAsTheRoleNamedBeforeIt_WhenNoOneWasSpokenOf(string question, bool answered)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question).Text;

        Assert.Equal(answered, !answer.Contains("I'm not sure who", StringComparison.Ordinal));
        if (answered)
            Assert.Contains("May 4", answer, StringComparison.Ordinal);
    }
}
