using Bot.Messaging;

namespace Bot.Storage;

public sealed partial class DigestStore
{
    /// <summary>
    /// In one transaction: claims the due slots for <paramref name="owner"/>, records the skipped
    /// ones, and moves each subscription's cursor. Returns only the slots this call claimed; a slot
    /// already in the log (claimed, sent or skipped by anyone) is never claimed twice.
    /// </summary>
    public IReadOnlyList<SlotClaim> Claim(IReadOnlyList<DuePlan> plans, string owner, DateTimeOffset now) => Write((connection, transaction) =>
    {
        var claimed = new List<SlotClaim>();
        using var insert = Command(connection, transaction,
            "INSERT OR IGNORE INTO digest_log (subscription_id, slot_ms, state, owner, attempts, updated_ms) VALUES ($id, $slot, $state, $owner, $attempts, $now)",
            [("$id", 0L), ("$slot", 0L), ("$state", ""), ("$owner", owner), ("$attempts", 0), ("$now", Ms(now))]);
        using var cursor = Command(connection, transaction, "UPDATE subscriptions SET since_ms = $until WHERE id = $id AND since_ms < $until",
            [("$id", 0L), ("$until", 0L)]);
        foreach (var plan in plans)
        {
            insert.Parameters["$id"].Value = plan.Subscription.Id;
            cursor.Parameters["$id"].Value = plan.Subscription.Id;
            foreach (var (slots, state) in (ReadOnlySpan<(IReadOnlyList<DateTimeOffset>, string)>)[(plan.Skipped, "skipped"), (plan.Due, "claimed")])
            {
                insert.Parameters["$state"].Value = state;
                insert.Parameters["$attempts"].Value = state == "claimed" ? 1 : 0;
                foreach (var slot in slots)
                {
                    insert.Parameters["$slot"].Value = Ms(slot);
                    if (insert.ExecuteNonQuery() == 1 && state == "claimed")
                        claimed.Add(new SlotClaim(plan.Subscription, slot, 1));
                }
            }
            cursor.Parameters["$until"].Value = Ms(plan.Until);
            cursor.ExecuteNonQuery();
        }
        return claimed;
    });

    /// <summary>
    /// Takes over what is owed from earlier: claims a crashed process left unsent (once only; the
    /// same idempotency key makes a deduplicating platform safe) and posts whose retry time has
    /// come. Anything older than <paramref name="oldest"/> is given up as failed and returned apart.
    /// </summary>
    public (IReadOnlyList<SlotClaim> Retry, int GivenUp) Reclaim(string owner, DateTimeOffset now, DateTimeOffset oldest) => Write((connection, transaction) =>
    {
        var givenUp = Execute(connection, transaction, """
            UPDATE digest_log SET state = 'failed', updated_ms = $now
            WHERE (state = 'retry' OR (state = 'claimed' AND owner <> $owner))
              AND (slot_ms < $oldest OR (state = 'claimed' AND recovered = 1)
                   OR subscription_id IN (SELECT id FROM subscriptions WHERE active = 0))
            """, ("$owner", owner), ("$now", Ms(now)), ("$oldest", Ms(oldest)));
        using var command = Command(connection, transaction, $"""
            UPDATE digest_log SET recovered = recovered + (state = 'claimed'), state = 'claimed', owner = $owner,
                attempts = attempts + 1, retry_at_ms = NULL, updated_ms = $now
            WHERE (state = 'claimed' AND owner <> $owner) OR (state = 'retry' AND retry_at_ms <= $now)
            RETURNING subscription_id, slot_ms, attempts
            """, [("$owner", owner), ("$now", Ms(now))]);
        var rows = new List<(long Id, long Slot, int Attempts)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2)));
        var subscriptions = rows.Count == 0 ? [] : Query(connection, transaction, $"SELECT {SubscriptionColumns} FROM subscriptions").ToDictionary(s => s.Id);
        IReadOnlyList<SlotClaim> retry = [.. rows.Select(r => new SlotClaim(subscriptions[r.Id], Instant(r.Slot), r.Attempts))];
        return (retry, givenUp);
    });

    /// <summary>
    /// Records how posts ended, in one transaction: sent (with the message id), to retry at a time,
    /// or chat gone (which also ends the subscription).
    /// </summary>
    public void Settle(IReadOnlyCollection<Settlement> settlements, DateTimeOffset now) => Write((connection, transaction) =>
    {
        using var update = Command(connection, transaction, """
            UPDATE digest_log SET state = $state, message_id = $message, retry_at_ms = $retry, updated_ms = $now
            WHERE subscription_id = $id AND slot_ms = $slot
            """, [("$state", ""), ("$message", null), ("$retry", null), ("$now", Ms(now)), ("$id", 0L), ("$slot", 0L)]);
        using var end = Command(connection, transaction, "UPDATE subscriptions SET active = 0 WHERE id = $id", [("$id", 0L)]);
        foreach (var settlement in settlements)
        {
            update.Parameters["$state"].Value = settlement.Outcome switch
            {
                SendOutcome.Sent => "sent",
                SendOutcome.RetryLater => "retry",
                _ => "gone",
            };
            update.Parameters["$message"].Value = (object?)settlement.MessageId ?? DBNull.Value;
            update.Parameters["$retry"].Value = settlement.RetryAt is { } at ? Ms(at) : DBNull.Value;
            update.Parameters["$id"].Value = settlement.Claim.Subscription.Id;
            update.Parameters["$slot"].Value = Ms(settlement.Claim.Slot);
            update.ExecuteNonQuery();
            if (settlement.Outcome == SendOutcome.ChatGone)
            {
                end.Parameters["$id"].Value = settlement.Claim.Subscription.Id;
                end.ExecuteNonQuery();
            }
        }
        return settlements.Count;
    });

    /// <summary>How each slot of a subscription ended, for reports and tests: slot → state.</summary>
    public IReadOnlyDictionary<DateTimeOffset, string> History(long subscriptionId) => Read(connection =>
    {
        using var command = Command(connection, null, "SELECT slot_ms, state FROM digest_log WHERE subscription_id = $id", [("$id", subscriptionId)]);
        using var reader = command.ExecuteReader();
        var history = new Dictionary<DateTimeOffset, string>();
        while (reader.Read())
            history[Instant(reader.GetInt64(0))] = reader.GetString(1);
        return history;
    });
}
