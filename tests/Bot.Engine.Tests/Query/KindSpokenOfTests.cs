using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "And what does he claim about mid-level officials?": after someone named or pointed at, a kind of person after "about"
/// is what the question speaks of, not whom it wants, so the speaker need not hold that office. Asked
/// for by the office alone ("the defence minister"), the answer must still hold it. On an article drafted at load.
/// </summary>
public sealed class KindSpokenOfTests
{
    private const string Text =
        "Prison staff waver\nBy Ada Quill\n\n"
        + "Tomas Berg, a former prosecutor, has studied the regime for years. Mid-level bureaucrats are \"ready to switch\" given the right signal, Mr Berg says.\n\n"
        + "The interior minister, Karl Wend, has called the protests a foreign plot.\n";

    [Fact]
    public void Ask_TellsTheClaim_WhenAFollowUpAsksWhatHeSaysAboutAKindOfPerson()
    {
        var answer = DraftedArticle.Converse("prison.txt", Text, "Who is Tomas Berg?", "And what does he claim about mid-level officials?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("ready to switch", answer.Text);
    }

    [Fact]
    public void Ask_TellsTheClaim_WhenTheSpeakerIsNamed()
    {
        var answer = DraftedArticle.Ask("prison.txt", Text, "What does Tomas Berg say about mid-level officials?");

        Assert.Contains("ready to switch", answer.Text);
    }

    [Fact]
    public void Ask_StillWantsTheOffice_WhenOnlyTheOfficeSaysWhoIsMeant()
    {
        var answer = DraftedArticle.Ask("prison.txt", Text, "What did the defence minister say about the protests?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
