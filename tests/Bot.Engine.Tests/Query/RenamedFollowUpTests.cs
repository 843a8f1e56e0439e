using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What is the Kestrel?" then "what's it called now?": the new name is told by a sentence just after the one naming the
/// ship, which calls it "it", on an article drafted at load.
/// </summary>
public sealed class RenamedFollowUpTests
{
    private const string Text = """
        Harbour Guard Chases a Tanker

          • By Ana Pell

        One old tanker, the Kestrel, shows how hard such ships are to follow. In May the harbour guard held this ship for sailing under a false flag. They let it go two weeks later.

        Since it was held it has changed its name to Plover, one of four names it has used since 2021.

        The harbour guard has asked for two more patrol boats.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("tanker.txt", Text, questions);

    [Theory]
    [InlineData("What is the Kestrel?", "What's it called now?")]
    [InlineData("Why did the harbour guard hold the Kestrel?", "what is it called these days")]
    [InlineData("Who held the Kestrel in May?", "What is the Kestrel called now?")]
    public void Ask_GivesTheNewName_FromTheSentenceAfterTheOneNamingTheThing(string first, string followUp)
    {
        var answer = Converse(first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("changed its name to Plover", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotGiveANewName_WhenTheQuestionAsksNone()
    {
        var answer = Converse("What is the Kestrel?", "Why did they let it go?");

        Assert.DoesNotContain("Plover", answer.Text);
    }
}
