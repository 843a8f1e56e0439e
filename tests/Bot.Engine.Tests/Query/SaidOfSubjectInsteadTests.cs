using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims the article makes of someone else ("was Tarn Vell jailed for striking a guard?" where that is said of Mira
/// Soll): the no names whom it is said of, and goes on to what the article says of the claim's own subject.
/// </summary>
public sealed class SaidOfSubjectInsteadTests
{
    private const string Article = """
        Crackdown in Kessberg

        By Ada Quill | March 4, 2021

        The reporter Mira Soll was jailed for two years for striking a prison guard.

        Her brother, Tarn Vell, is one of nine council members jailed after refusing to appear before a court of inquiry.

        Dozens of students have been fined, among them the singer Ola Brisk, given a year for allegedly organising marches.

        The harbour of Kessberg reopened in June.
        """;

    [Theory]
    [InlineData("Was Tarn Vell jailed for striking a prison guard?", "Mira Soll", "refusing to appear")]
    [InlineData("Tarn Vell was jailed for striking a prison guard, wasn't he?", "Mira Soll", "refusing to appear")]
    [InlineData("Was the singer Ola Brisk jailed for striking a prison guard?", "Mira Soll", "organising marches")]
    public void Ask_SaysWhatTheArticleSaysOfTheSubject_WhenTheClaimIsMadeOfSomeoneElse(string question, string other, string ofSubject)
    {
        var answer = DraftedArticle.Ask("crackdown.txt", Article, question);

        Assert.True(answer.Text.StartsWith($"No. The article says that of {other}", StringComparison.Ordinal) && answer.Text.Contains(ofSubject, StringComparison.Ordinal),
            answer.Text);
    }
}
