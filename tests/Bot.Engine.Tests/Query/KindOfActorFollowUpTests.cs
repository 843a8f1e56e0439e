using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What kind of group is that?" after an answer naming an organisation asks what the organisation is, which the
/// article tells where it introduces it, not in the sentence just read.
/// </summary>
public sealed class KindOfActorFollowUpTests
{
    private const string Text = """
        Harbour Report Names Smugglers

          • By Kim Sorel

        Researchers at the Tidewater Trust, an advocacy group, found that six trawlers carried contraband through the port last year.

        The Tidewater Trust published its report in May. It names three shipping agents in Halden.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("harbour-report.txt", Text, questions);

    [Theory]
    [InlineData("what kind of group is that?")]
    [InlineData("n wat kinda group is that")]
    [InlineData("what sort of organisation is it?")]
    public void Ask_TellsWhatTheOrganisationIs_WhenAskedItsKindAfterAnAnswerNamingIt(string followUp)
    {
        var answer = Converse("What did the Tidewater Trust publish in May?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("advocacy group", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what kind of group is that", "group")]
    [InlineData("what sort of organisation is it", "organis")]
    [InlineData("what kind of contraband was that", null)]
    public void AskedKindOfActor_GivesTheKindOfActorAsked(string question, string? kind) =>
        Assert.Equal(kind, ContextResolver.AskedKindOfActor(Bot.Engine.Text.Tokenizer.Tokens(question)) is { } stem ? stem[..Math.Min(stem.Length, kind?.Length ?? 0)] : null);
}
