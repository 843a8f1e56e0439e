using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who was appointed to replace X?" asks for someone besides X, as "who replaced X?" does: a sentence naming only X
/// does not answer it, even when X's entry goes on to name others; one naming the newcomer does.
/// </summary>
public sealed class SomeoneElseAskedTests
{
    private const string Silent = """
        A Minister Falls

        Arlo Venn, the finance minister of Kessberg, was dismissed by parliament on Monday. He had been appointed in 2019
        and was chosen to lead the budget talks.

        Officials said the budget would be delayed until the spring, and Dana Roe, the head of the central bank, warned of higher rates.
        """;

    private const string Named = """
        A Minister Falls

        Arlo Venn, the finance minister of Kessberg, was dismissed by parliament on Monday.

        Dana Roe, a senior judge, was appointed to replace Arlo Venn as finance minister on Tuesday.
        """;

    [Theory]
    [InlineData(Silent, "Who was appointed to replace Arlo Venn as finance minister?", AnswerStatus.Unknown, "")]
    [InlineData(Silent, "Who was chosen to succeed Arlo Venn?", AnswerStatus.Unknown, "")]
    [InlineData(Named, "Who was appointed to replace Arlo Venn as finance minister?", AnswerStatus.Answered, "Dana Roe")]
    [InlineData(Silent, "Who is Arlo Venn?", AnswerStatus.Answered, "finance minister")]
    [InlineData(Named, "whos the judge with arlo venn", AnswerStatus.Answered, "Dana Roe")]
    public void Ask_NamesSomeoneBesidesThoseAsked_WhenADeedIsAskedOfWhoeverDidIt(string article, string question, AnswerStatus status, string named)
    {
        var answer = DraftedArticle.Ask("minister.txt", article, question);

        Assert.True(answer.Status == status && answer.Text.Contains(named, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
