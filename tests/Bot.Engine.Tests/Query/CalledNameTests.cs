using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"what's the study called?" asks the study's name, as "what is the name of the study?" does.</summary>
public sealed class CalledNameTests : IDisposable
{
    private const string Article = """
        Ports Under Watch

        By Ada Quill | March 4, 2021

        A watchdog in Brenmark published a study of freight last month. The study, titled “Quiet Ports,” is based on customs records and shipping data.

        Officials in Corvale declined to comment.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("ports-under-watch.txt", Article);
    private readonly QueryEngine _engine;

    public CalledNameTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("wats the study called")]
    [InlineData("What's the study called?")]
    public void Ask_GivesTheTitle_WhenAskedWhatAThingIsCalled(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("Quiet Ports", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
