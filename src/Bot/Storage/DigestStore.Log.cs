using Bot.Messaging;

namespace Bot.Storage;

public sealed partial class DigestStore
{
    /// <summary>
    /// In one transaction: claims the due slots for <paramref name="owner"/>, records the skipped
    /// ones, and moves each subscription's cursor. Returns only the slots this call claimed; a slot
    /// already in the log (claimed, sent or skipped by anyone, in any instance) is never claimed twice:
    /// the (subscription, slot) key lets one insert win.
    /// </summary>
    public IReadOnlyList<SlotClaim> Claim(IReadOnlyList<DuePlan> plans, string owner, DateTimeOffset now) => Write((connection, transaction) =>
    {
        var claimed = new List<SlotClaim>();
        using var insert = Sql.Command(connection, transaction,
            "INSERT INTO digest_log (subscription_id, slot_ms, state, owner, attempts, updated_ms) VALUES (@id, @slot, @state, @owner, @attempts, @now) ON CONFLICT DO NOTHING",
            [("@id", 0L), ("@slot", 0L), ("@state", ""), ("@owner", owner), ("@attempts", 0), ("@now", Ms(now))]);
        using var cursor = Sql.Command(connection, transaction, "UPDATE subscriptions SET since_ms = @until WHERE id = @id AND since_ms < @until",
            [("@id", 0L), ("@until", 0L)]);
        foreach (var plan in plans)
        {
            insert.Parameters["@id"].Value = plan.Subscription.Id;
            cursor.Parameters["@id"].Value = plan.Subscription.Id;
            foreach (var (slots, state) in (ReadOnlySpan<(IReadOnlyList<DateTimeOffset>, string)>)[(plan.Skipped, "skipped"), (plan.Due, "claimed")])
            {
                insert.Parameters["@state"].Value = state;
                insert.Parameters["@attempts"].Value = state == "claimed" ? 1 : 0;
                foreach (var slot in slots)
                {
                    insert.Parameters["@slot"].Value = Ms(slot);
                    if (insert.ExecuteNonQuery() == 1 && state == "claimed")
                        claimed.Add(new SlotClaim(plan.Subscription, slot, 1));
                }
            }
            cursor.Parameters["@until"].Value = Ms(plan.Until);
            cursor.ExecuteNonQuery();
        }
        return claimed;
    });

    /// <summary>
    /// Takes over what is owed from earlier: claims whose owner died before settling them (once only;
    /// the same idempotency key makes a deduplicating platform safe) and posts whose retry time has
    /// come. A claim is a lease: another owner's claim is taken over only once it has not been renewed
    /// for the claim lease (at once on SQLite, whose earlier owner can only be an earlier run).
    /// Anything older than <paramref name="oldest"/> is given up as failed and returned apart.
    /// </summary>
    public (IReadOnlyList<SlotClaim> Retry, int GivenUp) Reclaim(string owner, DateTimeOffset now, DateTimeOffset oldest) => Write((connection, transaction) =>
    {
        const string Abandoned = "(state = 'claimed' AND owner <> @owner AND updated_ms <= @expired)";
        (string, object?)[] lease = [("@owner", owner), ("@now", Ms(now)), ("@expired", Ms(now - _claimLease))];
        var givenUp = Sql.Execute(connection, transaction, $"""
            UPDATE digest_log SET state = 'failed', updated_ms = @now
            WHERE (state = 'retry' OR {Abandoned})
              AND (slot_ms < @oldest OR ({Abandoned} AND recovered = 1)
                   OR subscription_id IN (SELECT id FROM subscriptions WHERE active = 0))
            """, [.. lease, ("@oldest", Ms(oldest))]);
        using var command = Sql.Command(connection, transaction, $"""
            UPDATE digest_log SET recovered = recovered + CASE WHEN state = 'claimed' THEN 1 ELSE 0 END, state = 'claimed', owner = @owner,
                attempts = attempts + 1, retry_at_ms = NULL, updated_ms = @now
            WHERE {Abandoned} OR (state = 'retry' AND retry_at_ms <= @now)
            RETURNING subscription_id, slot_ms, attempts
            """, lease);
        var rows = new List<(long Id, long Slot, int Attempts)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2)));
        var subscriptions = rows.Count == 0 ? [] : Query(connection, transaction, $"SELECT {SubscriptionColumns} FROM subscriptions").ToDictionary(s => s.Id);
        IReadOnlyList<SlotClaim> retry = [.. rows.Select(r => new SlotClaim(subscriptions[r.Id], Instant(r.Slot), r.Attempts))];
        return (retry, givenUp);
    });

    /// <summary>
    /// Renews the lease on a claim just before it is sent; false when another instance has taken it
    /// over (the claim is then theirs to send). A store used by one process has nobody to lose it to.
    /// </summary>
    public bool Renew(SlotClaim claim, string owner, DateTimeOffset now) => !Shared || Run(connection =>
        Sql.Execute(connection, null, """
            UPDATE digest_log SET updated_ms = @now
            WHERE subscription_id = @id AND slot_ms = @slot AND state = 'claimed' AND owner = @owner
            """, ("@now", Ms(now)), ("@id", claim.Subscription.Id), ("@slot", Ms(claim.Slot)), ("@owner", owner)) == 1, write: true);

    /// <summary>
    /// Records how posts ended, in one transaction: sent (with the message id), to retry at a time,
    /// or chat gone (which also ends the subscription).
    /// </summary>
    public void Settle(IReadOnlyCollection<Settlement> settlements, DateTimeOffset now) => Write((connection, transaction) =>
    {
        using var update = Sql.Command(connection, transaction, """
            UPDATE digest_log SET state = @state, message_id = @message, retry_at_ms = @retry, updated_ms = @now
            WHERE subscription_id = @id AND slot_ms = @slot
            """, [("@state", ""), ("@message", null), ("@retry", null), ("@now", Ms(now)), ("@id", 0L), ("@slot", 0L)]);
        using var end = Sql.Command(connection, transaction, "UPDATE subscriptions SET active = 0 WHERE id = @id", [("@id", 0L)]);
        foreach (var settlement in settlements)
        {
            update.Parameters["@state"].Value = settlement.Outcome switch
            {
                SendOutcome.Sent => "sent",
                SendOutcome.RetryLater => "retry",
                _ => "gone",
            };
            update.Parameters["@message"].Value = (object?)settlement.MessageId ?? DBNull.Value;
            update.Parameters["@retry"].Value = settlement.RetryAt is { } at ? Ms(at) : DBNull.Value;
            update.Parameters["@id"].Value = settlement.Claim.Subscription.Id;
            update.Parameters["@slot"].Value = Ms(settlement.Claim.Slot);
            update.ExecuteNonQuery();
            if (settlement.Outcome == SendOutcome.ChatGone)
            {
                end.Parameters["@id"].Value = settlement.Claim.Subscription.Id;
                end.ExecuteNonQuery();
            }
        }
        return settlements.Count;
    });

    /// <summary>How each slot of a subscription ended, for reports and tests: slot → state.</summary>
    public IReadOnlyDictionary<DateTimeOffset, string> History(long subscriptionId) => Read(connection =>
    {
        using var command = Sql.Command(connection, null, "SELECT slot_ms, state FROM digest_log WHERE subscription_id = @id", [("@id", subscriptionId)]);
        using var reader = command.ExecuteReader();
        var history = new Dictionary<DateTimeOffset, string>();
        while (reader.Read())
            history[Instant(reader.GetInt64(0))] = reader.GetString(1);
        return history;
    });
}
