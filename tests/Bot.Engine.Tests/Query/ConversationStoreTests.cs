using Bot.Engine.Query;
using Bot.Engine.Query.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Engine.Tests.Query;

public sealed class ConversationStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Get_ForgetsTheLeastRecentlyUsed_WhenFull()
    {
        var store = new ConversationStore(_time, TimeSpan.FromHours(1), maxConversations: 3);
        var a = Visit(store, "a");
        var b = Visit(store, "b");
        Visit(store, "c");
        Visit(store, "a");

        Visit(store, "d");

        Assert.Equal(3, store.Count);
        Assert.Same(a, Visit(store, "a"));
        Assert.NotSame(b, Visit(store, "b"));
    }

    [Fact]
    public void Get_StartsAfreshAndForgetsIdleConversations_AfterTheExpiry()
    {
        var store = new ConversationStore(_time, TimeSpan.FromMinutes(30), maxConversations: 100);
        var a = Visit(store, "a");
        Visit(store, "b");
        _time.Advance(TimeSpan.FromMinutes(20));
        var c = Visit(store, "c");
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.NotSame(a, Visit(store, "a"));
        Assert.Equal(2, store.Count);
        Assert.Same(c, Visit(store, "c"));
    }

    [Fact(Timeout = 10_000)]
    public async Task Get_StaysFast_WhenStrangersKeepArrivingPastTheMaximum()
    {
        var store = new ConversationStore(_time, TimeSpan.FromHours(1), maxConversations: 50_000);

        await Task.Run(() =>
        {
            for (var i = 0; i < 200_000; i++)
                store.Get("stranger-" + i);
        });

        Assert.Equal(50_000, store.Count);
    }

    private Conversation Visit(ConversationStore store, string id)
    {
        _time.Advance(TimeSpan.FromSeconds(1));
        return store.Get(id);
    }
}
