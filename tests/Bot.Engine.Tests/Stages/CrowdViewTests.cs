using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A crowd the article names only by the side it takes ("critics argue ...") holds views like any speaker: asked its view
/// on something it names, in words of the question's own ("dealing with"), what it said of that answers. "Who inside X"
/// asks for those within X, as "who within X" does.
/// </summary>
public sealed class CrowdViewTests
{
    private const string Article = """
        Kessberg Toll Divides the Coast

        By Ada Quill | March 4, 2021

        Portugal has collected a harbour toll at Kessberg since 2015. Portugal signed a fishing deal with Morocco in 2019, and the deal still holds.

        The fight over the toll has resumed in Lisbon. Critics argue that Spain has broken every promise it made about the harbour. Minister Arlo Venn wants a new deal with Madrid before the summer.

        Powerful fishing families within Portugal profit from the toll and would resist any change to it.
        """;

    [Theory]
    [InlineData("What is the critics' view on dealing with Spain?", "broken every promise")]
    [InlineData("Who inside Portugal is against changing the toll?", "fishing families")]
    public void Ask_AnswersACrowdsViewAndWhoOpposes_InTheQuestionsOwnWords(string question, string expected)
    {
        var answer = DraftedArticle.Ask("kessberg-crowds.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
