using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How did outsiders see it?" of a thing named, then "And Venn?": the one named takes the place of the holder given in
/// words, so the answer is Venn's view of that thing, not a sentence where Venn and outsiders meet.
/// </summary>
public sealed class WordedHolderFollowUpTests
{
    private const string Text = """
        Ruritania Looks Back on the Kessberg Accord

          • By Ana Pell

        In 1961 Ruritania signed the Kessberg Accord with its larger neighbour Borduria. The accord kept Ruritanian troops out of every alliance for thirty years.

        To most outsiders, the Kessberg Accord was a timid form of surrender.

        Minister Arlo Venn says the Kessberg Accord was "the only sane choice a small country could make".

        Mr Venn says the country is stronger today than it was in 1961, when it had no friends on the outside.
        """;

    [Theory]
    [InlineData("How did outsiders see the Kessberg Accord?", "And Venn?", "only sane choice")]
    [InlineData("What did outsiders think of the Kessberg Accord?", "and Arlo Venn?", "only sane choice")]
    public void Ask_PutsTheNamedHolderInPlaceOfTheOneGivenInWords(string first, string followUp, string expected)
    {
        var answer = DraftedArticle.Converse("kessberg-accord.txt", Text, first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }
}
