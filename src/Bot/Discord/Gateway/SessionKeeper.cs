using System.Security.Cryptography;
using System.Text;
using Bot.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Saves each shard's gateway session in the store, so a bot restarted after a crash or a stop resumes it (Discord keeps
/// a session that was not closed normally resumable for a few minutes) instead of identifying afresh and losing the events
/// sent meanwhile. Sessions are kept per bot token, so a bot given another token never resumes the old one. If the store
/// cannot be reached the bot identifies afresh, as it would without one.
/// </summary>
internal sealed class SessionKeeper(DigestStore store, DiscordOptions options, BotIdentity identity, TimeProvider time, ILogger<SessionKeeper> logger)
{
    /// <summary>A digest of the token: the token itself is never stored.</summary>
    private readonly string _source = "discord:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(options.Token)))[..16];

    /// <summary>The shard's session, with the one an earlier run saved taken up (and who the bot is, which its READY told).</summary>
    public GatewaySession Open(Shard shard)
    {
        var session = new GatewaySession(shard, this);
        try
        {
            if (store.SavedSession(_source, shard.ToString()) is { } saved && Uri.TryCreate(saved.ResumeUrl, UriKind.Absolute, out var url))
            {
                identity.Set(saved.ApplicationId, saved.UserId);
                session.Restore(saved.SessionId, url, saved.Sequence);
                Log.SessionRestored(logger, shard, saved.Sequence);
            }
        }
        catch (StorageException ex)
        {
            Log.SessionsUnavailable(logger, shard, ex.Message);
        }
        return session;
    }

    public void Save(GatewaySession session)
    {
        if (session is not { SessionId: { } sessionId, ResumeUrl: { } url, Finished: { } finished }
            || identity is not { ApplicationId: { } applicationId, UserId: { } userId })
            return;
        try
        {
            store.SaveSession(_source, session.Shard.ToString(), new SavedSession(sessionId, url.AbsoluteUri, finished, applicationId, userId), time.GetUtcNow());
        }
        catch (StorageException ex)
        {
            Log.SessionsUnavailable(logger, session.Shard, ex.Message);
        }
    }

    public void Forget(Shard shard)
    {
        try
        {
            store.ForgetSession(_source, shard.ToString());
        }
        catch (StorageException ex)
        {
            Log.SessionsUnavailable(logger, shard, ex.Message);
        }
    }
}
