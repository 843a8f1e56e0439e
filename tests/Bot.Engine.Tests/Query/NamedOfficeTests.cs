using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who is replacing X as prime minister?": the office after "as" is the one the article gives X, so it says whose place
/// is taken; the answer is X's replacement, who need not be called prime minister, on an article drafted at load. Said
/// of the person the question names ("X's priorities as prime minister"), the office only describes them.
/// </summary>
public sealed class NamedOfficeTests
{
    private const string Text =
        "Brenmark changes course\nBy Ada Quill\n\n"
        + "That same day Marta Lind, Brenmark's prime minister, resigned. "
        + "Labour leader Tomas Vell, Ms Lind's replacement, says raising wages is a priority.\n\n"
        + "Pavo Rinn, the defence minister, stays in office.\n";

    /// <summary>The same, with no one in it called prime minister.</summary>
    private const string Untitled =
        "Brenmark changes course\nBy Ada Quill\n\n"
        + "That same day Marta Lind resigned as head of the government. "
        + "Labour leader Tomas Vell, Ms Lind's replacement, says raising wages is a priority.\n\n"
        + "Pavo Rinn, the defence minister, stays in office.\n";

    [Theory]
    [InlineData("Who is replacing Lind as prime minister?")]
    [InlineData("who is replacing marta lind as brenmark's prime minister")]
    public void Ask_NamesTheReplacement_WhenAskedWhoTakesTheNamedPersonsOffice(string question)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Tomas Vell", answer.Text);
    }

    [Fact]
    public void Ask_StillWantsTheOffice_WhenTheNamedPersonDoesNotHoldIt()
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, "Who is replacing Rinn as prime minister?");

        Assert.DoesNotContain("Tomas Vell", answer.Text);
    }

    [Theory]
    [InlineData("What are Vell's priorities as incoming prime minister?")]
    [InlineData("what are tomas vell's priorities as the new prime minister")]
    public void Ask_AnswersOfTheNamedPerson_WhenTheOfficeAfterAsDescribesThem(string question)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Untitled, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("raising wages", answer.Text);
    }
}
