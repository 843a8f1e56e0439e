using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What office did he hold?": the verb only ties a person to an office, so the question asks who the person is, told by
/// the role the article gives them, even when no article says "hold"; "and in which decade?" beside it is told by the
/// role too. On an article drafted at load, which uses the word "office" but never "hold".
/// </summary>
public sealed class OfficeHeldTests
{
    private const string Text =
        "Brenmark looks back\nBy Ada Quill\n\n"
        + "Brenmark keeps a large reserve army. Olav Strand, a prime minister in the 1990s, says none of this would be possible without a sense of fairness.\n\n"
        + "The army trains every summer near the border, and the defence office plans each camp.\n";

    [Theory]
    [InlineData("What office did Olav Strand hold?")]
    [InlineData("what post did olav strand fill?")]
    [InlineData("Which office did Olav Strand occupy?")]
    public void Ask_TellsTheRole_WhenAskedWhatOfficeSomeoneHeld(string question)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("prime minister", answer.Text);
    }

    [Fact]
    public void Ask_TellsTheRoleAndItsTime_WhenAFollowUpAsksTheOfficeAndTheDecade()
    {
        var answer = DraftedArticle.Converse("brenmark.txt", Text, "What does Olav Strand say about fairness?", "What office did he hold, and in which decade?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("prime minister in the 1990s", answer.Text);
    }
}
