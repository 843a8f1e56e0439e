using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who, in the author's telling, feared ...?": the author only tells it, so the answer is the body sentence saying
/// what is asked, while a question whose words the article does not say stays refused.
/// </summary>
public sealed class AuthorToldWhoTests : IDisposable
{
    private const string Article = """
        Westland's Border Question

        By Ada Quill | May 2, 2024

        Westland closed its northern border crossings in March after a dispute over grain duties.

        Customs officers at the northern crossings feared that keeping the border closed would trigger a wave of smuggling through the mountain passes.

        Traders in the capital expect the crossings to reopen by the summer.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("westland-border.txt", Article);
    private readonly QueryEngine _engine;

    public AuthorToldWhoTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Who, in the author's telling, feared that keeping the border closed could trigger smuggling through the passes?", "Customs officers")]
    [InlineData("Who, according to Ada Quill, feared a wave of smuggling through the mountain passes?", "Customs officers")]
    public void Ask_GivesTheSentenceSayingIt_WhenTheAuthorOnlyTellsIt(string question, string expected)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Who, in the author's telling, predicted a collapse of the fishing fleet at the harbour?")]
    public void Ask_Refuses_WhenNoSentenceSaysWhatTheAuthorIsAskedToTell(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }
}
