using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// "Brek, which ships half its grain by river, fears that ...": when only a subject and its relative aside stand
/// before a cue that puts its claim first, the cue is the sentence's own verb, and no claim is explained.
/// </summary>
public sealed class SubjectAsideCueTests
{
    private const string Article = "Two Towns Argue Over a Ferry\n\nBy Ola Strand\n\n"
        + "The town of Kolmar has sold its river ferry to a private firm.\n\n"
        + "Vossen, which ships half of its grain on the ferry, fears that the new owner will double the fares.\n\n"
        + "Ferry crews in Kolmar went on strike over fears of lower pay.";

    [Fact]
    public void Extract_FindsNoExplanation_WhenOnlyTheSubjectAndItsAsideComeBeforeTheCue()
    {
        Assert.Empty(Drafts.Of("Vossen, which ships half of its grain on the ferry, fears that the new owner will double the fares.").Explanations);
    }

    [Fact]
    public void Ask_GivesWhatTheSubjectFears_FromItsOwnSentence()
    {
        var answer = DraftedArticle.Ask("ferry.txt", Article, "what does Vossen fear?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("double the fares", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("because", answer.Text, StringComparison.Ordinal);
    }
}
