using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who is Ann Vey?" then "she must build a school? where?": the paragraph naming her goes on about her deal without
/// naming her again, so a sentence there answers a follow-up that carries her from the conversation.
/// </summary>
public sealed class CarriedNameInParagraphTests
{
    private const string Text = """
        Bread Returns To Velko

          • By Ana Pereira

        Ann Vey is the mayor of Velko, a harbour town in Ruritania.

        The fishing fleet will sail again in spring, says the harbour master, Piet Ros. Ruritania's ministry has promised new boats.

        Last year Ann Vey signed a deal with Gamma Group to repair the harbour walls. In return for quarry rights, the firm is also building a school in Dorno.

        Fishermen doubt the boats will arrive before the summer.
        """;

    [Theory]
    [InlineData("she must build also a school? where?")]
    [InlineData("and the school she gets built, where?")]
    [InlineData("what school does she get built?")]
    public void Converse_FindsTheSentenceGoingOnAboutTheCarriedName(string followUp)
    {
        var answer = DraftedArticle.Converse("velko-bread.txt", Text, "who is Ann Vey?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("school in Dorno", answer.Text, StringComparison.Ordinal);
    }
}
