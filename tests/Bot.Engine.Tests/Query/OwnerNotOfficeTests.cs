using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A kind of person written after its owner ("the regime's officers") asks of those people, not of an office named by
/// the owner: an answer need not show a "regime officer". An office written plainly ("the finance minister") still must.
/// </summary>
public sealed class OwnerNotOfficeTests
{
    private const string Article = """
        Lorvik cracks down

        By Ada Quill | March 4, 2021

        The junta of Lorvik arrested hundreds of protesters in May. The aim was to bind the regime’s officers by having them beat prisoners together, a tactic used to prevent defections.

        Ivo Sand, the health minister, resigned in June.
        """;

    [Theory]
    [InlineData("What was the point of having the regime's officers beat prisoners together?", "prevent defections")]
    [InlineData("What was the point of having the regime’s officers beat prisoners together?", "prevent defections")]
    public void Ask_Answers_WhenTheKindOfPersonFollowsItsOwner(string question, string expected)
    {
        var answer = DraftedArticle.Ask("crackdown.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why did the finance minister resign in June?", "The article doesn't name a finance minister")]
    public void Ask_StillChecksTheOffice_WhenWrittenPlainly(string question, string expected)
    {
        var answer = DraftedArticle.Ask("crackdown.txt", Article, question);

        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }
}
