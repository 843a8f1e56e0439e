using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Where ...?" on a drafted article: an answer naming no place gives way to a sentence saying the rest that does;
/// the place asked about is no answer to where it is.
/// </summary>
public sealed class PlaceAnswerTests
{
    private const string Article = """
        Brenmark Votes Again

        By Ada Quill | March 4, 2021

        Ode Lind is the billionaire founder of the ruling party, which spends his money on farm groups.

        Critics point to Ode Lind, who made his fortune in Corvale in the 1990s, and to new laws on farm groups.

        The navy keeps a small base on the river, and Mayor Ivo Sand keeps a boat in Grenholm.
        """;

    /// <summary>The article drafted once for every question; the folder it was read from is not needed after.</summary>
    private static readonly QueryEngine Engine = Load();

    private static QueryEngine Load()
    {
        using var seeds = new SeedFolder().With("brenmark-votes.txt", Article);
        return new QueryEngine(SeedLoader.Load(seeds.Path));
    }

    private static Answer Ask(string question, string? conversation = null) => Engine.Ask(new Question(conversation ?? Guid.NewGuid().ToString(), question));

    [Fact]
    public void Ask_GivesTheSentenceNamingThePlace_WhenTheFirstAnswerNamesNone()
    {
        var conversation = Guid.NewGuid().ToString();
        Ask("who is Ode Lind?", conversation);

        var answer = Ask("where did he make his money?", conversation);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("in Corvale", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("where did Ode Lind study?")]
    [InlineData("where is grenholm?")]
    public void Ask_DoesNotSayWhere_WhenNoSentenceSayingTheRestNamesAnotherPlace(string question) =>
        Assert.Equal(AnswerStatus.Unknown, Ask(question).Status);
}
