using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// Makes an update that the platform delivered to several instances get answered by exactly one. Only a shared
/// store (PostgreSQL) keeps the inbox; one process on SQLite has its own ledger and answers every update.
/// An instance takes a lease on the update, renews it while answering and records the update as answered right
/// after; if it dies first, the lease runs out and the next instance offered the update answers it.
/// If the store cannot be reached, the update is answered: answering twice is better than not at all.
/// </summary>
public sealed class UpdateInbox(DigestStore store, TimeProvider time, ILogger<UpdateInbox> logger)
{
    /// <summary>How often an instance looks again at an update another instance holds.</summary>
    private static readonly TimeSpan MaxRecheck = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Answers the update here through <paramref name="answer"/> (false when it was cut short) unless another instance
    /// answered it; while another instance holds it, waits and looks again. True when the update is answered, by
    /// whichever instance; false when it is left for later (cut short, or <paramref name="stopping"/> came first).
    /// </summary>
    public async Task<bool> AnswerOnceAsync(string platform, long botId, long updateId, Func<Task<bool>> answer, CancellationToken stopping)
    {
        if (!store.Shared)
            return await answer();
        var source = $"{platform}:{botId}";
        while (true)
        {
            switch (Take(source, updateId))
            {
                case UpdateTake.Answered:
                    return true;
                case UpdateTake.Answer:
                    return await AnswerHereAsync(source, updateId, answer);
                default:
                    try
                    {
                        await Task.Delay(Min(MaxRecheck, store.ClaimLease), time, stopping);
                    }
                    catch (OperationCanceledException)
                    {
                        return false;
                    }
                    break;
            }
        }
    }

    private UpdateTake Take(string source, long updateId)
    {
        try
        {
            return store.TakeUpdate(source, updateId, time.GetUtcNow());
        }
        catch (StorageException ex)
        {
            Log.InboxUnavailable(logger, source, updateId, ex.Message);
            return UpdateTake.Answer;
        }
    }

    private async Task<bool> AnswerHereAsync(string source, long updateId, Func<Task<bool>> answer)
    {
        bool answered;
        using (var answering = new CancellationTokenSource())
        {
            var renewal = RenewAsync(source, updateId, answering.Token);
            try
            {
                answered = await answer();
            }
            finally
            {
                await answering.CancelAsync();
                await renewal;
            }
        }
        try
        {
            if (answered)
                store.MarkUpdateAnswered(source, updateId);
            else
                store.ReleaseUpdate(source, updateId);
        }
        catch (StorageException ex)
        {
            Log.InboxNotUpdated(logger, source, updateId, ex.Message);
        }
        return answered;
    }

    /// <summary>Keeps the lease while an answer takes long (a rate limit, a slow platform), so no other instance answers too.</summary>
    private async Task RenewAsync(string source, long updateId, CancellationToken answering)
    {
        while (true)
        {
            try
            {
                await Task.Delay(store.ClaimLease / 3, time, answering);
            }
            catch (OperationCanceledException)
            {
                return; // Answered or cut short; the caller settles the lease.
            }
            try
            {
                store.RenewUpdate(source, updateId, time.GetUtcNow());
            }
            catch (StorageException ex)
            {
                Log.InboxNotUpdated(logger, source, updateId, ex.Message);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
