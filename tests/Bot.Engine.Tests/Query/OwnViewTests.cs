using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What is the author's view on X?", "how does the article describe X's position?": the view asked is the article's
/// own, given by what it says of X, while someone else's view is only what the article reports them holding.
/// </summary>
public sealed class OwnViewTests : IDisposable
{
    private const string Article = """
        Westland's Gas Gamble

        By Ada Quill | May 2, 2024

        The Ruritanian Gas Company has become the main supplier of Westland. Should Westland deepen its dependence on the Ruritanian Gas Company, it risks a repeat of the crisis of 2009.

        Meanwhile the region's trade is a field where the Bordurian Trade Council has grown increasingly dominant. The Bordurian Trade Council was founded in 1990. In the region's gas trade, the Ruritanian Gas Company has lost ground to the Bordurian Trade Council.

        Ivo Sand, Westland's energy minister, says the pipeline is safe.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("westland-gas.txt", Article);
    private readonly QueryEngine _engine;

    public OwnViewTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("How does the article describe the Bordurian Trade Council's position against the Ruritanian Gas Company?", "founded in 1990")]
    [InlineData("How does the article describe the Ruritanian Gas Company's position relative to the Bordurian Trade Council?", "main supplier")]
    [InlineData("What is the author's view on Westland's dependence on the Ruritanian Gas Company?", "risks a repeat")]
    public void Ask_GivesWhatTheArticleSays_WhenTheViewAskedIsTheArticlesOwn(string question, string expected)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    // A person's view is what the article reports them saying, not what it says of them.
    [InlineData("How does the article describe Ivo Sand's position on the region's trade?")]
    public void Ask_FindsNoView_WhenThePersonAskedAboutHoldsNoneInTheArticle(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
