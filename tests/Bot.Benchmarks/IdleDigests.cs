using Bot.Digests;
using Bot.Engine.Digests;
using Bot.Engine.Model;
using Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks;

/// <summary>Digest services for adapter benchmarks that never send a digest command, so the store is never opened.</summary>
internal static class IdleDigests
{
    public static (DigestService Digests, SubscriptionService Subscriptions) Create(KnowledgeBase knowledge)
    {
        var options = Options.Create(new DigestOptions());
        var store = new DigestStore("Data Source=:memory:", options.Value.MaxDatabaseBytes);
        return (new DigestService(new DigestComposer(knowledge), store, TimeProvider.System, options),
            new SubscriptionService(store, TimeProvider.System, options, NullLogger<SubscriptionService>.Instance));
    }
}
