using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What does the defence minister say?" where a group goes by the role in the plural, "what does its commander say?",
/// "why was her husband jailed?": the role stands for the one person the article gives it; a role two people hold names
/// neither.
/// </summary>
public sealed class RoleMentionTests
{
    private const string Article = "Harbour Defences\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Ruritania’s defence budget will double, according to Tomas Vidal, the defence minister. "
        + "A meeting of NATO defence ministers approved a plan to help the harbour.\n\n"
        + "The sea wall is not the real problem, says Mr Vidal. He warns that smuggling gangs are the bigger threat.\n\n"
        + "Few people know the coast as well as Ivo Brandt, the commander of the coast guard. "
        + "“There’s little we can do about the gangs,” Mr Brandt admits.\n\n"
        + "Marta Quispe, the mayor, is in jail. Her husband, Leo Quispe, was jailed for refusing to testify before a harbour inquiry.\n\n"
        + "“We need the plan,” says Lia Dorn, the deputy mayor. “We do not,” says Kem Sola, the deputy mayor.\n";

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("defences.txt", Article, questions);

    [Theory]
    [InlineData("Who is Marta Quispe?", "What does the defence minister say about the sea wall?", "Vidal")]
    [InlineData("What does the coast guard do?", "And what does its commander say about the gangs?", "Brandt")]
    [InlineData("Who is Marta Quispe?", "Why was her husband jailed?", "Leo Quispe")]
    public void Ask_ReadsARoleAfterTheOrAPossessive_AsItsOneHolder(string first, string question, string expected)
    {
        var answer = Converse(first, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the coast guard chief's view on the gangs?")]
    [InlineData("What does the coast guard commander say about the gangs?")]
    [InlineData("How does the coast guard head see the gangs?")]
    public void Ask_ReadsWhoseOfficeBeforeItsHead_AsTheOneHolder(string question)
    {
        var answer = Converse(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("little we can do", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_KeepsTheGroupNamedByARoleInThePlural()
    {
        var answer = Converse("What did the NATO defence ministers approve?");

        Assert.Contains("approved a plan", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NamesNeitherHolder_OfARoleTwoPeopleHold()
    {
        var answer = Converse("What does the deputy mayor say?");

        Assert.False(answer.Text.Contains("Lia Dorn:", StringComparison.Ordinal) || answer.Text.Contains("Kem Sola:", StringComparison.Ordinal));
    }
}
