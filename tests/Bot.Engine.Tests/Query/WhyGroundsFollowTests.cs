using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A why-question answered by a verdict sentence gets the grounds its paragraph goes on to give: as many sentences as
/// the answer holds, the first cut short rather than left out; "why does the author think X?" as well as "why X?". A verdict
/// going on from the sentence before it ("Instead of ...", "It is therefore ...") comes with that sentence.
/// </summary>
public sealed class WhyGroundsFollowTests
{
    private const string Text = """
        Lorvik Rebuilds Its Harbour

        By Ada Quill | Valley Review | March 4, 2021

        The new harbour in Lorvik is a public relations stunt by the council. Indeed, the first quay looked rushed. It gave an image of shared resolve between the mayor and the fishermen. The opening came a week before the regional elections.

        Yet unlike any other town along the whole of the lower valley, and much of the upper valley as well, Brenmark, a town today of fewer than six thousand people faced with a long and flooded river bank, never lost its bridges or its mills. It owed this not to outside help but to the grit of its people, the integrity of its council and the hard realism of the engineer who built its dykes through the years of floods, a man who was as resolute in raising the banks as he was in giving up the lowest fields and the oldest farms of the town to the river when the great spring floods came again.

        For years the mayor of Ostrava relied on the council to plan the quays. But after the council repeatedly let him down, failing to warn him of the spring floods, the mayor changed the rules. Instead of having the council plan the quays, he handed the work to the river engineers.

        Farmers along the river have asked for new roads.
        """;

    [Theory]
    [InlineData("Why does the author think the harbour is a stunt?", "shared resolve")]
    [InlineData("why is the new harbour a stunt?", "shared resolve")]
    [InlineData("Why did Brenmark never lose its bridges or its mills?", "grit of its people")]
    [InlineData("Why did the mayor hand the quays to the river engineers instead of the council?", "let him down")]
    public void Why_GoesOnWithTheParagraphsGrounds_AsFarAsTheAnswerHoldsThem(string question, string ground)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(ground, answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Text.Length <= Answer.MaxTextLength, answer.Text);
    }
}
