using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>
/// Keeps how far each reply in several messages got, so a reply cut short by a crash goes on from the first part not
/// delivered instead of repeating the ones the user already has. If the store cannot be reached the reply is sent
/// whole: a part twice is better than a part lost.
/// </summary>
public sealed class ReplyProgress(DigestStore store, TimeProvider time, ILogger<ReplyProgress> logger)
{
    /// <summary>How many leading parts of the reply to <paramref name="replyId"/> were delivered before.</summary>
    public int PartsSent(string source, string replyId)
    {
        try
        {
            return store.RepliedParts(source, replyId);
        }
        catch (StorageException ex)
        {
            Log.RepliesUnavailable(logger, source, replyId, ex.Message);
            return 0;
        }
    }

    /// <summary>Records that the first <paramref name="partsSent"/> parts were delivered.</summary>
    public void Sent(string source, string replyId, int partsSent)
    {
        try
        {
            store.RecordRepliedParts(source, replyId, partsSent, time.GetUtcNow());
        }
        catch (StorageException ex)
        {
            Log.RepliesNotUpdated(logger, source, replyId, ex.Message);
        }
    }
}
