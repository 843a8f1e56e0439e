using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A view whose object points back ("Arlo Venn sees such demands as ruinous") is of what the sentences before it said:
/// those of its paragraph, or of the paragraph before when it opens its own.
/// </summary>
public sealed class HeldViewPointingBackTests
{
    private const string Article = """
        Kessberg Weighs the Ferry Levy

        By Ada Quill | May 2, 2022

        The council of Borduria has drafted a ferry levy for the island route. The levy plan would charge each lorry ten crowns. It would also close the night crossing to Kessberg.

        Minister Arlo Venn sees such demands as ruinous. Lorry drivers have started to plan a strike.

        Minister Arlo Venn opened a new school in Kessberg on Monday and said the teachers deserve a pay rise.
        """;

    [Theory]
    [InlineData("What is the position of Arlo Venn on the demands in Borduria's levy plan?", "ruinous")]
    [InlineData("What does Arlo Venn think about the demands of the ferry levy?", "ruinous")]
    public void Ask_AnswersAViewOfWhatThePointingWordsStandFor(string question, string expected)
    {
        var answer = DraftedArticle.Ask("ferry-levy.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
