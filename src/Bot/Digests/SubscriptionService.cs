using System.Globalization;
using Bot.Commands;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Digests;

/// <summary>
/// /subscribe and /unsubscribe for every platform. Adapters check who may manage the chat (a
/// Telegram group admin, Discord's Manage Channels) and pass the outcome; replies are plain text
/// for the adapter to escape.
/// </summary>
public sealed class SubscriptionService(DigestStore store, TimeProvider time, IOptions<DigestOptions> options, ILogger<SubscriptionService> logger)
{
    private const int MaxEcho = 40;
    private const string Usage = "Use /subscribe HH:MM and an IANA time zone, e.g. /subscribe 08:00 Europe/Berlin.";

    /// <summary>
    /// Subscribes a chat to a daily digest. <paramref name="arguments"/>: "[HH:MM] [time zone]", either optional, in any order;
    /// without a zone, the chat's own (<paramref name="chatZone"/>, when known) or else the configured one.
    /// </summary>
    public Notice Subscribe(string platform, string chatId, string? arguments, bool mayManageChat, TimeZoneInfo? chatZone = null)
    {
        if (!mayManageChat)
            return NotAllowed(platform, "subscribe");
        var settings = options.Value;
        TimeOnly? at = null;
        TimeZoneInfo? zone = null;
        foreach (var word in (arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DigestSchedule.TryParseTime(word, out var parsed) && at is null)
                at = parsed;
            else if (DigestSchedule.FindZone(word) is { } found && zone is null)
                zone = found;
            else
                return Problem(word, at is not null, zone is not null);
        }
        at ??= settings.DailyTime;
        zone ??= chatZone ?? settings.Zone;
        var schedule = DigestSchedule.Daily(at.Value);
        var now = time.GetUtcNow();
        try
        {
            store.Subscribe(new SubscriptionTarget(platform, chatId, schedule, zone.Id), fromConfiguration: false, now);
        }
        catch (StorageException ex)
        {
            Log.StoreFailed(logger, ex.Message);
            return new(NoticeKind.StoreFailed, "Sorry, I can't save subscriptions right now. Please try again later.");
        }
        Log.Subscribed(logger, platform, chatId, schedule, zone.Id);
        var next = DigestSchedule.Next(schedule, zone, now) is { } slot
            ? $" The next one comes {TimeZoneInfo.ConvertTime(slot, zone).ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture)}."
            : "";
        return new(NoticeKind.Subscribed, $"Subscribed: a digest {DigestSchedule.Describe(schedule, zone)}.{next} Use /unsubscribe to stop.");
    }

    public Notice Unsubscribe(string platform, string chatId, bool mayManageChat)
    {
        if (!mayManageChat)
            return NotAllowed(platform, "unsubscribe");
        try
        {
            if (!store.Unsubscribe(platform, chatId))
                return new(NoticeKind.NotSubscribed, "This chat has no digest subscription. Use /subscribe to start one.");
        }
        catch (StorageException ex)
        {
            Log.StoreFailed(logger, ex.Message);
            return new(NoticeKind.StoreFailed, "Sorry, I can't change subscriptions right now. Please try again later.");
        }
        Log.Unsubscribed(logger, platform, chatId);
        return new(NoticeKind.Unsubscribed, "Unsubscribed: no more digests here. Use /subscribe to start again.");
    }

    private static Notice NotAllowed(string platform, string what) => new(NoticeKind.NotAllowed, platform switch
    {
        "discord" => $"Sorry, you need the Manage Channels permission to {what} this channel.",
        "telegram" => $"Sorry, only group admins can {what} this chat.",
        _ => $"Sorry, you are not allowed to {what} this chat.",
    });

    private static Notice Problem(string word, bool hasTime, bool hasZone)
    {
        var shown = word.Length > MaxEcho ? word[..MaxEcho] + "…" : word;
        string text;
        if (word.Contains(':', StringComparison.Ordinal) && word.Any(char.IsDigit))
            text = hasTime ? $"Please give one time only. {Usage}" : $"\"{shown}\" isn't a time of day; times go from 00:00 to 23:59. {Usage}";
        else
            text = hasZone ? $"Please give one time zone only. {Usage}" : $"I don't know the time zone \"{shown}\". Please use {DigestSchedule.ZoneNamesAccepted}. {Usage}";
        return new(NoticeKind.BadSchedule, text);
    }
}
