using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who wrote it?" then "where does she work?": the writer's own details come from the note on the author, whose words
/// ("doctoral candidate at ...", "writes for ...") the question need not use; a detail of a kind the note does not tell
/// is not answered with it.
/// </summary>
public sealed class WriterDetailsTests
{
    private const string Body = "Mayor Ana Ruiz opened the new bridge in May. The harbour council voted to raise tolls on cargo ships.\n\n"
        + "Ivo Brandt, who runs the ferry company, said the tolls would drive trade to rival ports.\n\n";

    private const string Student = "Harbour Tolls Divide the Coast\n\nBy Ada Quill | March 4, 2021\n\n" + Body
        + "Ada Quill is a doctoral candidate in Maritime Economics at Northfield University, focusing on port finance. "
        + "She also writes regularly for The Coastal Times and Harbour Review magazine. She can be followed on social media.\n";

    private const string Lecturer = "Harbour Tolls Divide the Coast\n\nBy Ada Quill | March 4, 2021\n\n" + Body
        + "Ada Quill is a Senior Lecturer in Maritime Economics at Northfield University. She can be followed on social media.\n";

    private static Answer Converse(string article, string followUp) => DraftedArticle.Converse("tolls.txt", article, "who wrote this?", followUp);

    [Theory]
    [InlineData("where does she work?", "Northfield University")]
    [InlineData("what's her specialty?", "port finance")]
    [InlineData("where is she studying?", "doctoral candidate")]
    [InlineData("which papers does she write for?", "Coastal Times")]
    public void Converse_AnswersFromTheNoteOnTheAuthor_WhenAFollowUpAsksTheWritersOwnDetails(string followUp, string expected)
    {
        var answer = Converse(Student, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where is she studying?")]
    [InlineData("which papers does she write for?")]
    [InlineData("how old is she?")]
    public void Converse_DoesNotAnswerWithTheNote_WhenItTellsNoDetailOfTheKindAsked(string followUp) =>
        Assert.DoesNotContain("is a Senior Lecturer in Maritime Economics at Northfield University.", Converse(Lecturer, followUp).Text, StringComparison.Ordinal);

    [Fact]
    public void Converse_AnswersWhatTheWriterSaysFromTheBody_WhenAskedNoDetailOfTheirs() =>
        Assert.DoesNotContain("doctoral candidate", Converse(Student, "what does she say about the tolls?").Text, StringComparison.Ordinal);
}
