using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What is X's view of Y?": a view X holds or states outranks a fact only said about X (an explanation of someone
/// else's decision that names X and Y).
/// </summary>
public sealed class OwnViewFirstTests
{
    private const string Article = """
        Rift in the Lorvik Pact

        By Ada Quill | March 4, 2021

        Minister Arlo Venn and Senator Mara Lind both sit on the council of the Lorvik Pact, a trade alliance.

        Venn has consistently emphasized the importance of political settlements and called for a neutral Lorvik Pact.

        Venn's solidarity with the Kessian unions could also explain Lind's decision to cancel her visit to the Lorvik Pact summit in October.

        Lind has pushed the Lorvik Pact in an interventionist direction.
        """;

    [Theory]
    [InlineData("What does Venn want the Lorvik Pact to be?")]
    [InlineData("Venn's position on the Lorvik Pact?")]
    [InlineData("What is Venn's view of the Lorvik Pact?")]
    public void Ask_GivesTheActorsOwnView_BeforeAFactOnlyNamingIt(string question)
    {
        var answer = DraftedArticle.Ask("lorvik-pact.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.StartsWith("Venn has consistently emphasized", answer.Text, StringComparison.Ordinal);
    }
}
