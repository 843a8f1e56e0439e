using Bot.Discord;
using Bot.Discord.Rest;
using Bot.Hosting;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Discord;

[Collection(DiscordSuite.Name)]
public sealed class RestTests : IAsyncLifetime, IDisposable
{
    private const string Token = "rest-token-SECRET";

    private FakeDiscordServer _fake = null!;
    private RestTransport _transport = null!;
    private DiscordRestClient _rest = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordServer.StartAsync();
        var options = new DiscordOptions { Token = Token, ApiBaseUrl = _fake.ApiBaseUrl, RestRetryDelay = TimeSpan.FromMilliseconds(10) };
        _transport = new RestTransport(options, new BotMetrics(), TimeProvider.System, NullLogger<RestTransport>.Instance);
        _rest = new DiscordRestClient(_transport);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _transport.Dispose();

    [Theory]
    [InlineData("bucket")]
    [InlineData("global")]
    [InlineData("cloudflare")]
    public async Task Send_WaitsRetryAfterThenRetries_When429(string kind)
    {
        var calls = 0;
        _fake.Script = r => r.Path.StartsWith("channels/1/", StringComparison.Ordinal) && Interlocked.Increment(ref calls) == 1 ? kind switch
        {
            "bucket" => new FakeResponse(429, """{"message": "You are being rate limited.", "retry_after": 0.3, "global": false}""", RateLimited("user")),
            "global" => new FakeResponse(429, """{"message": "You are being rate limited.", "retry_after": 0.3, "global": true}""",
                new Dictionary<string, string>(RateLimited("global")) { ["X-RateLimit-Global"] = "true" }),
            _ => new FakeResponse(429, "", new Dictionary<string, string> { ["Retry-After"] = "0.3" }),
        } : null;

        await _rest.CreateMessageAsync("1", new MessagePayload("hi"), CancellationToken.None);

        var tries = _fake.Matching("POST", "channels/1/").ToList();
        Assert.Equal(2, tries.Count);
        Assert.True((tries[1].At - tries[0].At).TotalMilliseconds >= 280, $"retried after {(tries[1].At - tries[0].At).TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData("global", true)]
    [InlineData("cloudflare", true)]
    [InlineData("bucket", false)]
    public async Task Send_PausesOtherRoutes_OnlyWhen429IsGlobal(string kind, bool otherRoutesWait)
    {
        // The clock moves only when the test says: another route either waits on it for the pause, or is sent while it stands still.
        var pause = TimeSpan.FromSeconds(1.2);
        var clock = new WatchedClock();
        using var transport = new RestTransport(new DiscordOptions { Token = Token, ApiBaseUrl = _fake.ApiBaseUrl }, new BotMetrics(), clock, NullLogger<RestTransport>.Instance);
        var rest = new DiscordRestClient(transport);
        _fake.Script = r => r.Path.StartsWith("channels/1/", StringComparison.Ordinal) && _fake.Matching("POST", "channels/1/").Count() == 1 ? kind switch
        {
            "global" => new FakeResponse(429, """{"retry_after": 1.2, "global": true}""", RateLimited("global")),
            "bucket" => new FakeResponse(429, """{"retry_after": 1.2, "global": false}""", RateLimited("user")),
            _ => new FakeResponse(429, "", new Dictionary<string, string> { ["Retry-After"] = "1.2" }),
        } : null;
        var first = rest.CreateMessageAsync("1", new MessagePayload("hi"), CancellationToken.None);
        await clock.WaitForWaitAsync(w => w == pause, what: "the pause the 429 asks for");

        var other = rest.CreateMessageAsync("2", new MessagePayload("other"), CancellationToken.None);
        await Wait.UntilAsync(() => other.IsCompleted || clock.WaitsStarted(w => w == pause) == 2, what: "the other route sent, or waiting for the pause");
        var sentDuringPause = _fake.Matching("POST", "channels/2/").Count();
        clock.Advance(pause);
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(otherRoutesWait ? 0 : 1, sentDuringPause);
        Assert.Single(_fake.Matching("POST", "channels/2/"));
    }

    [Fact]
    public async Task Send_WaitsForBucketReset_WhenRemainingIsZero()
    {
        _fake.Script = r => r.Path.StartsWith("channels/1/", StringComparison.Ordinal)
            ? new FakeResponse(200, """{"id": "1"}""", new Dictionary<string, string>
            {
                ["X-RateLimit-Limit"] = "1", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.4", ["X-RateLimit-Bucket"] = "abc",
            })
            : null;

        await _rest.CreateMessageAsync("1", new MessagePayload("a"), CancellationToken.None);
        await _rest.CreateMessageAsync("1", new MessagePayload("b"), CancellationToken.None);

        var tries = _fake.Matching("POST", "channels/1/").ToList();
        Assert.True((tries[1].At - tries[0].At).TotalMilliseconds >= 350, $"second sent after {(tries[1].At - tries[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Send_RetriesWithBackoff_WhenServerErrors()
    {
        _fake.Script = r => _fake.Requests.Count <= 2 ? new FakeResponse(502, "bad gateway") : null;

        var id = await _rest.CreateMessageAsync("1", new MessagePayload("hi"), CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task Send_ThrowsFatalAndStopsUsingToken_WhenUnauthorized()
    {
        _fake.Script = r => new FakeResponse(401, """{"message": "401: Unauthorized", "code": 0}""");

        await Assert.ThrowsAsync<DiscordFatalException>(() => _rest.CreateMessageAsync("1", new MessagePayload("hi"), CancellationToken.None));
        await Assert.ThrowsAsync<DiscordFatalException>(() => _rest.CreateMessageAsync("1", new MessagePayload("hi"), CancellationToken.None));

        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Send_ThrowsWithDiscordCode_WhenRequestIsRejected()
    {
        _fake.Script = r => new FakeResponse(404, """{"message": "Unknown Channel", "code": 10003}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => _rest.CreateMessageAsync("1", new MessagePayload("hi"), CancellationToken.None));

        Assert.Equal(10003, error.Code);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task Send_DoesNotFollowRedirect_WhenServerAnswersWithOne(int status)
    {
        _fake.Script = r => r.Path.StartsWith("channels/", StringComparison.Ordinal)
            ? new FakeResponse(status, "", new Dictionary<string, string> { ["Location"] = new Uri(_fake.ApiBaseUrl, "/api/v10/elsewhere").AbsoluteUri })
            : null;

        await Assert.ThrowsAsync<DiscordRestException>(() => _rest.CreateMessageAsync("1", new MessagePayload("hi"), CancellationToken.None));

        Assert.DoesNotContain(_fake.Requests, r => r.Path.StartsWith("elsewhere", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(429)]
    public async Task Send_KeepsTokenOutOfError_WhenServerEchoesIt(int status)
    {
        _fake.Script = r => new FakeResponse(status, $$"""{"message": "bad header Bot {{Token}}", "code": 50001, "retry_after": 0.01}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => _rest.CreateMessageAsync("1", new MessagePayload("hi"), CancellationToken.None));

        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_CapsAt50PerSecond_ExceptForInteractionCallbacks()
    {
        // The clock stands still: what needs the next second's tokens cannot go until it is advanced.
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var options = new DiscordOptions { Token = "t", ApiBaseUrl = _fake.ApiBaseUrl };
        using var transport = new RestTransport(options, new BotMetrics(), time, NullLogger<RestTransport>.Instance);
        var rest = new DiscordRestClient(transport);

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => rest.RespondAsync($"{i}", "t", new InteractionResponse(4, new MessagePayload("x")), CancellationToken.None)))
            .WaitAsync(TimeSpan.FromSeconds(30));
        Task[] messages = [.. Enumerable.Range(0, 60).Select(i => rest.CreateMessageAsync($"{i}", new MessagePayload("x"), CancellationToken.None))];
        await Wait.UntilAsync(() => messages.Count(m => m.IsCompleted) == 50, TimeSpan.FromSeconds(30), "the first second's 50 messages");

        Assert.Equal(50, _fake.Matching("POST", "channels/").Count());
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(messages).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(60, _fake.Matching("POST", "channels/").Count());
    }

    [Fact]
    public void InvalidRequestGuard_PausesUntilWindowPasses_WhenBudgetIsSpent()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var guard = new InvalidRequestGuard(time, budget: 3);
        guard.Record();
        time.Advance(TimeSpan.FromMinutes(1));
        guard.Record();
        guard.Record();

        Assert.Equal(TimeSpan.FromMinutes(9), guard.PauseNeeded());
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(TimeSpan.Zero, guard.PauseNeeded());
    }

    private static Dictionary<string, string> RateLimited(string scope) => new()
    {
        ["X-RateLimit-Limit"] = "5",
        ["X-RateLimit-Remaining"] = "0",
        ["X-RateLimit-Reset-After"] = "0.3",
        ["X-RateLimit-Bucket"] = "bucket-" + scope,
        ["X-RateLimit-Scope"] = scope,
        ["Retry-After"] = "1",
    };
}
