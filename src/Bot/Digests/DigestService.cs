using System.Collections.Concurrent;
using Bot.Engine.Digests;
using Bot.Engine.Model;
using Bot.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Digests;

/// <summary>
/// The digest a chat gets for a slot: the composer's page for the subscriber's local date, led by
/// articles first seen in the day before the slot. Used alike by the scheduler, /digest and the
/// CLI preview, so what is previewed is what is posted.
/// </summary>
public sealed class DigestService(DigestComposer composer, DigestStore store, TimeProvider time, IOptions<DigestOptions> options)
{
    /// <summary>How far back an article's first sighting makes it news for a slot: one day, the usual gap between digests.</summary>
    private static readonly TimeSpan NewsWindow = TimeSpan.FromDays(1);

    private const int MaxCached = 64;

    private readonly ConcurrentDictionary<(DateOnly Date, string News), Digest> _cache = new();
    private volatile IReadOnlyDictionary<string, DateTimeOffset?> _seen = new Dictionary<string, DateTimeOffset?>();

    public DigestComposer Composer => composer;

    /// <summary>Records the loaded articles' first sightings (throws <see cref="StorageException"/> when the store fails).</summary>
    public void RecordArticles(KnowledgeBase knowledge)
    {
        _seen = store.RecordArticles(knowledge.Articles.Select(a => a.Article.Id), time.GetUtcNow());
        _cache.Clear();
    }

    /// <summary>Swaps in new knowledge for the digests composed from now on.</summary>
    public void Reload(KnowledgeBase knowledge)
    {
        composer.Reload(knowledge);
        _cache.Clear();
    }

    public Digest ForSlot(DateTimeOffset slot, TimeZoneInfo zone)
    {
        var news = _seen.Where(a => a.Value is { } seen && seen > slot - NewsWindow && seen <= slot)
            .Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
        var key = (DigestSchedule.LocalDate(slot, zone), string.Join('\n', news));
        if (_cache.Count > MaxCached)
            _cache.Clear();
        return _cache.GetOrAdd(key, k => composer.Compose(k.Date, news));
    }

    /// <summary>Today's digest for a chat, in its subscription's time zone, else the chat's own (when known), else the default one.</summary>
    public Digest ForToday(string platform, string chatId, TimeZoneInfo? chatZone = null)
    {
        var fallback = chatZone ?? options.Value.Zone;
        var zone = TryFind(platform, chatId)?.TimeZone is { } id ? DigestSchedule.FindZone(id) ?? fallback : fallback;
        return ForSlot(time.GetUtcNow(), zone);
    }

    /// <summary>The digest a default subscription would get on <paramref name="date"/>, announcements included.</summary>
    public Digest Preview(DateOnly date)
    {
        try
        {
            _seen = store.SeenArticles();
        }
        catch (StorageException)
        {
            // Without the store there is nothing to announce; the rest of the digest is unaffected.
        }
        var zone = options.Value.Zone;
        var local = date.ToDateTime(options.Value.DailyTime);
        return ForSlot(new DateTimeOffset(local, zone.GetUtcOffset(local)), zone);
    }

    private Subscription? TryFind(string platform, string chatId)
    {
        try
        {
            return store.Find(platform, chatId);
        }
        catch (StorageException)
        {
            // Without the store, today's digest is still worth showing in the default zone.
            return null;
        }
    }
}
