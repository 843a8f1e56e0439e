using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// Makes an update that the platform delivered to several instances get answered by one. Only a shared
/// store (PostgreSQL) keeps the inbox; one process on SQLite has its own ledger and takes every update.
/// If the store cannot be reached, the update is handled: answering twice is better than not at all.
/// </summary>
public sealed class UpdateInbox(DigestStore store, TimeProvider time, ILogger<UpdateInbox> logger)
{
    /// <summary>True when this instance is to handle the update.</summary>
    public bool TryTake(string platform, long botId, long updateId)
    {
        if (!store.Shared)
            return true;
        try
        {
            return store.TryTakeUpdate($"{platform}:{botId}", updateId, time.GetUtcNow());
        }
        catch (StorageException ex)
        {
            Log.InboxUnavailable(logger, platform, updateId, ex.Message);
            return true;
        }
    }
}
