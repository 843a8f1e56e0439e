using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How many ships is that?", "how many could they provide in total?": a count that points back at what was just read is
/// the amount that sentence, or one just after it in its paragraph, gives, in whatever word it counts, on an article
/// drafted at load.
/// </summary>
public sealed class PointedCountTests
{
    private const string Text = """
        Ruritania Arms Its Neighbour

          • By Ana Pereira

        Ruritania moves its grain abroad with a fleet estimated at between 200 and 300 barges. Harbour officials inspect the barges each spring.

        Ruritania agreed to provide some of its fastest patrol boats, such as the Kestrel and the Osprey, to Borduria. Officials said in May that 14 boats had arrived so far, and that Ruritania could provide up to 90 in total.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("ruritania-boats.txt", Text, questions);

    [Theory]
    [InlineData("How does Ruritania move its grain abroad?", "how many ships is that", "between 200 and 300 barges")]
    [InlineData("Which patrol boats is Ruritania giving Borduria?", "how many could they provide in total", "up to 90 in total")]
    public void Ask_GivesTheAmountOfWhatWasJustRead_WhenTheCountPointsBackAtIt(string first, string followUp, string expected)
    {
        var answer = Converse(first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Fact]
    public void Ask_DoesNotCountFromWhatWasRead_WhenTheQuestionCountsSomethingElseByName()
    {
        var answer = Converse("How does Ruritania move its grain abroad?", "How many officials inspect them?");

        Assert.DoesNotContain("between 200 and 300 barges", answer.Text);
    }
}
