using Bot.Messaging;
using Bot.Storage;
using Bot.Tests.Storage.Support;
using Npgsql;

namespace Bot.Tests.Storage;

/// <summary>Several instances on one PostgreSQL database: migrations, digest claims, the update inbox and shared subscriptions.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : IDisposable
{
    private static readonly DateTimeOffset Due = new(2026, 6, 22, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly SharedDatabase _database = new(server, Lease);

    public void Dispose() => _database.Dispose();

    private DigestStore Instance() => _database.Instance();

    private static SubscriptionTarget Target(int chat) => new("telegram", chat.ToString(System.Globalization.CultureInfo.InvariantCulture), "0 8 * * *", "UTC");

    private static List<DuePlan> PlansFor(IReadOnlyList<Subscription> subscriptions) =>
        [.. subscriptions.Select(s => new DuePlan(s, [Due], [], Due))];

    [Fact]
    public void Migrations_LeaveNoPlaceholder_OnEitherDatabase() =>
        Assert.DoesNotContain(Migrations.Sqlite.Concat(Migrations.Postgres), step => step.Contains('{', StringComparison.Ordinal));

    [PostgresFact]
    public async Task EnsureReady_AppliesEachStepOnce_WhenInstancesStartTogetherOnAnEmptyDatabase()
    {
        var instances = Enumerable.Range(0, 8).Select(_ => Instance()).ToList();
        using var start = new Barrier(instances.Count);

        await Task.WhenAll(instances.Select(store => Task.Run(() =>
        {
            start.SignalAndWait();
            store.EnsureReady();
        })));

        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*), MAX(version) FROM schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(DigestStore.SchemaVersion, reader.GetInt64(0));
        Assert.Equal(DigestStore.SchemaVersion, reader.GetInt32(1));
    }

    [PostgresFact]
    public async Task Claim_ClaimsEachSlotOnce_WhenTwoInstancesRaceOverManySubscriptions()
    {
        var first = Instance();
        for (var chat = 0; chat < 2000; chat++)
            first.Subscribe(Target(chat), false, Due.AddMinutes(-5));
        var instances = new[] { first, Instance(), Instance() };
        using var start = new Barrier(instances.Length);

        var claims = await Task.WhenAll(instances.Select((store, i) => Task.Run(() =>
        {
            var subscriptions = store.ActiveSubscriptions();
            start.SignalAndWait();
            // In slices, so the instances interleave instead of one taking everything in one transaction.
            return subscriptions.Chunk(100).SelectMany(slice => store.Claim(PlansFor(slice), $"instance-{i}", Due)).ToList();
        })));

        var all = claims.SelectMany(c => c).Select(c => c.IdempotencyKey).ToList();
        Assert.Equal(2000, all.Count);
        Assert.Equal(2000, all.Distinct().Count());
    }

    [PostgresFact]
    public void Reclaim_TakesOverADeadInstancesClaim_OnlyAfterTheLease()
    {
        var dead = Instance();
        var survivor = Instance();
        var subscription = dead.Subscribe(Target(1), false, Due.AddMinutes(-5));
        Assert.Single(dead.Claim(PlansFor([subscription]), "dead", Due));

        var tooEarly = survivor.Reclaim("survivor", Due + Lease - TimeSpan.FromSeconds(1), Due.AddHours(-6));
        var takenOver = survivor.Reclaim("survivor", Due + Lease, Due.AddHours(-6));

        Assert.Empty(tooEarly.Retry);
        var claim = Assert.Single(takenOver.Retry);
        Assert.Equal((subscription.Id, Due, 2), (claim.Subscription.Id, claim.Slot, claim.Attempts));
        Assert.False(dead.Renew(claim, "dead", Due + Lease));
        Assert.True(survivor.Renew(claim, "survivor", Due + Lease));
    }

    [PostgresFact]
    public void Reclaim_LeavesARenewedClaimAlone_WhileItsInstanceIsSending()
    {
        var sender = Instance();
        var other = Instance();
        var subscription = sender.Subscribe(Target(1), false, Due.AddMinutes(-5));
        var claim = Assert.Single(sender.Claim(PlansFor([subscription]), "sender", Due));

        Assert.True(sender.Renew(claim, "sender", Due + Lease - TimeSpan.FromSeconds(1)));

        Assert.Empty(other.Reclaim("other", Due + Lease, Due.AddHours(-6)).Retry);
        sender.Settle([new Settlement(claim, SendOutcome.Sent, "m1")], Due + Lease);
        Assert.Empty(other.Reclaim("other", Due + Lease * 3, Due.AddHours(-6)).Retry);
        Assert.Equal("sent", other.History(subscription.Id)[Due]);
    }

    [PostgresFact]
    public async Task TakeUpdate_LetsOneInstanceAnswerEachUpdate_WhenEveryInstanceIsOfferedIt()
    {
        var instances = new[] { Instance(), Instance(), Instance() };
        instances[0].EnsureReady();
        using var start = new Barrier(instances.Length);

        var taken = await Task.WhenAll(instances.Select(store => Task.Run(() =>
        {
            start.SignalAndWait();
            return Enumerable.Range(1, 500).Where(id => store.TakeUpdate("telegram:42", id, Due) == UpdateTake.Answer).ToList();
        })));

        var all = taken.SelectMany(t => t).ToList();
        Assert.Equal(Enumerable.Range(1, 500), all.Order());
        Assert.Equal(UpdateTake.Answer, instances[1].TakeUpdate("telegram:43", 1, Due));
    }

    [PostgresFact]
    public void TakeUpdate_LetsAnotherInstanceAnswer_OnlyOnceTheDeadInstancesLeaseRanOut()
    {
        var dead = Instance();
        var others = new[] { Instance(), Instance() };
        Assert.Equal(UpdateTake.Answer, dead.TakeUpdate("telegram:42", 1, Due));

        var tooEarly = others[0].TakeUpdate("telegram:42", 1, Due + Lease - TimeSpan.FromSeconds(1));
        var takenOver = others.Select(store => store.TakeUpdate("telegram:42", 1, Due + Lease)).ToList();
        others[0].MarkUpdateAnswered("telegram:42", 1);

        Assert.Equal(UpdateTake.Held, tooEarly);
        Assert.Equal([UpdateTake.Answer, UpdateTake.Held], takenOver);
        Assert.False(dead.RenewUpdate("telegram:42", 1, Due + Lease), "the dead instance's lease passed to the survivor");
        Assert.All([dead, .. others], store => Assert.Equal(UpdateTake.Answered, store.TakeUpdate("telegram:42", 1, Due + Lease * 3)));
    }

    [PostgresFact]
    public void TakeUpdate_NeverOffersAnAnsweredUpdateAgain_WhenItsLeaseRanOutLongAgo()
    {
        var answerer = Instance();
        var other = Instance();
        Assert.Equal(UpdateTake.Answer, answerer.TakeUpdate("telegram:42", 1, Due));
        answerer.MarkUpdateAnswered("telegram:42", 1);

        Assert.Equal(UpdateTake.Answered, other.TakeUpdate("telegram:42", 1, Due + TimeSpan.FromSeconds(1)));
        Assert.Equal(UpdateTake.Answered, other.TakeUpdate("telegram:42", 1, Due + Lease * 10));
        Assert.Equal(UpdateTake.Answered, answerer.TakeUpdate("telegram:42", 1, Due + Lease * 10));
    }

    [PostgresFact]
    public void TakeUpdate_KeepsARenewedLease_AndFreesAReleasedOneAtOnce()
    {
        var answerer = Instance();
        var other = Instance();
        Assert.Equal(UpdateTake.Answer, answerer.TakeUpdate("telegram:42", 1, Due));
        Assert.Equal(UpdateTake.Answer, answerer.TakeUpdate("telegram:42", 2, Due));

        Assert.True(answerer.RenewUpdate("telegram:42", 1, Due + Lease - TimeSpan.FromSeconds(1)));
        answerer.ReleaseUpdate("telegram:42", 2);

        Assert.Equal(UpdateTake.Held, other.TakeUpdate("telegram:42", 1, Due + Lease));
        Assert.Equal(UpdateTake.Answer, other.TakeUpdate("telegram:42", 2, Due + TimeSpan.FromSeconds(1)));
    }

    [PostgresFact]
    public async Task ClaimUnhandledUpdates_TakesOverOneInstancesUnhandledUpdate_OnlyOnceItsClaimIsStale()
    {
        var receiver = Instance();
        Assert.True(receiver.TryStoreUpdate("telegram:42", 1, "{}", Due));
        Assert.True(receiver.TryStoreUpdate("telegram:42", 2, "{}", Due));
        receiver.MarkUpdateHandled("telegram:42", 2);
        var others = new[] { Instance(), Instance(), Instance() };
        using var start = new Barrier(others.Length);

        var early = others[0].ClaimUnhandledUpdates("telegram:42", Due + Lease / 2);
        var taken = await Task.WhenAll(others.Select(store => Task.Run(() =>
        {
            start.SignalAndWait();
            return store.ClaimUnhandledUpdates("telegram:42", Due + Lease + TimeSpan.FromSeconds(1));
        })));

        Assert.Empty(early);
        Assert.Equal([1L], taken.SelectMany(t => t).Select(u => u.UpdateId));
        Assert.Empty(receiver.ClaimUnhandledUpdates("telegram:42", Due + Lease * 2));
        Assert.False(others[0].TryStoreUpdate("telegram:42", 1, "{}", Due), "a redelivery of a stored update is not stored again");
    }

    [PostgresFact]
    public void ActiveSubscriptions_IncludeThoseMadeThroughAnotherInstance()
    {
        var first = Instance();
        var second = Instance();

        first.Subscribe(Target(1), false, Due);
        second.Subscribe(Target(2), false, Due);
        Assert.True(second.Unsubscribe("telegram", "1"));

        Assert.Equal(["2"], first.ActiveSubscriptions().Select(s => s.ChatId));
        Assert.Equal(second.Find("telegram", "2"), first.Find("telegram", "2"));
    }

    [PostgresFact]
    public void SavedSession_IsTheLastOneSavedByAnyInstance_UntilForgotten()
    {
        var (first, second) = (Instance(), Instance());
        first.SaveSession("discord:bot", "0/1", new SavedSession("s1", "wss://resume.example", 4, "800", "900"), Due);
        first.SaveSession("discord:bot", "0/1", new SavedSession("s1", "wss://resume.example", 9, "800", "900"), Due);

        Assert.Equal(new SavedSession("s1", "wss://resume.example", 9, "800", "900"), second.SavedSession("discord:bot", "0/1"));
        Assert.Null(second.SavedSession("discord:bot", "1/2"));
        second.ForgetSession("discord:bot", "0/1");
        Assert.Null(first.SavedSession("discord:bot", "0/1"));
    }
}
