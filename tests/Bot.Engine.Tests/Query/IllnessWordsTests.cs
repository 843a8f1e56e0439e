using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>A follow-up about a person in everyday words the article does not use: "is he sick?" is told by "frail" or "paralysed".</summary>
public sealed class IllnessWordsTests
{
    private const string Text = """
        Keld's Rulers Face an Uncertain Future

          • By Ada Quill

        Mira Tal, the opposition leader who most likely won the election, has been a symbol of the movement. Forced into exile in Ostland, she has launched a council to negotiate a peaceful transition.

        Governor Ivo Brand has ruled Keld since 1998. Mr Brand is 86. He is partially paralysed and increasingly frail.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("keld-rulers.txt", Text, questions);

    [Theory]
    [InlineData("is he sick or smth")]
    [InlineData("is he ill?")]
    public void Ask_ReadsFrailtyAsIllness_WhenAskedWhetherSomeoneIsSick(string followUp)
    {
        var answer = Converse("how old is Ivo Brand", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("increasingly frail", answer.Text);
    }
}
