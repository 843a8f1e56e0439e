using Bot.Discord.Gateway;

namespace Bot.Tests.Discord;

/// <summary>Where a restarted bot resumes: after the last event up to which every event was handled, never past one still being answered.</summary>
public sealed class GatewaySessionTests
{
    [Fact]
    public void Finished_StaysBeforeAnEvent_WhileOnlyItsRepeatedDeliveryIsDone()
    {
        var session = new GatewaySession(new Shard(0, 1));
        var original = session.Handling(7);
        session.Observe(7);
        var repeated = session.Handling(7);
        session.Observe(7);

        repeated();
        Assert.Equal(6, session.Finished);

        original();
        Assert.Equal(7, session.Finished);
    }

    [Fact]
    public void Finished_WaitsForTheEarliestEventStillBeingHandled()
    {
        var session = new GatewaySession(new Shard(0, 1));
        var first = session.Handling(3);
        session.Observe(3);
        var second = session.Handling(4);
        session.Observe(4);

        second();
        Assert.Equal(2, session.Finished);

        first();
        Assert.Equal(4, session.Finished);
    }
}
