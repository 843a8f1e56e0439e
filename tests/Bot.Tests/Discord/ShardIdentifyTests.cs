using Bot.Discord;
using Bot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord;

public sealed class ShardIdentifyTests
{
    private static readonly DiscordOptions Options = new() { IdentifyInterval = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task WaitTurn_SpacesIdentifiesFiveSecondsApart_WhenMaxConcurrencyIsOne()
    {
        var time = new FakeTimeProvider();
        var gate = new IdentifyGate(Options, time);

        await gate.WaitTurnAsync(new Shard(0, 2), 1, CancellationToken.None);
        var second = gate.WaitTurnAsync(new Shard(1, 2), 1, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));

        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitTurn_LetsBucketsIdentifyTogether_WhenMaxConcurrencyAllows()
    {
        var time = new FakeTimeProvider();
        var gate = new IdentifyGate(Options, time);

        await gate.WaitTurnAsync(new Shard(0, 4), 2, CancellationToken.None);
        await gate.WaitTurnAsync(new Shard(1, 4), 2, CancellationToken.None);
        var sameBucket = gate.WaitTurnAsync(new Shard(2, 4), 2, CancellationToken.None);

        Assert.False(sameBucket.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        await sameBucket.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
