using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A list the article announces in one sentence and then tells sentence by sentence, none of them a series
/// ("Troubles remain at home. The press is muzzled. Dissidents are jailed."): the announcing sentence and the rest
/// of its paragraph answer a question asking for that list.
/// </summary>
public sealed class AnnouncedListTests
{
    private const string Article = """
        Lorvik Looks Inward

        By Ada Quill | March 4, 2021

        Lorvik won the border war last year, and its leader Ivo Sand basks in the triumph.

        Yet grave troubles at home remain for the small republic. The press is muzzled by a new licence rule. Dissidents are jailed without trial. Farmers cannot sell grain abroad.

        The harbour of Lorvik reopened in May.
        """;

    [Theory]
    [InlineData("What troubles does Lorvik face at home? List them.", "muzzled")]
    [InlineData("What troubles does Lorvik face at home? List them.", "jailed without trial")]
    [InlineData("List the troubles Lorvik faces at home.", "Farmers cannot sell grain")]
    public void Ask_GivesTheSentencesAfterTheOneAnnouncingTheList_WhenNoSentenceEnumeratesIt(string question, string expected)
    {
        var answer = DraftedArticle.Ask("lorvik-inward.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
