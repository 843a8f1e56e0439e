namespace Bot.Storage;

/// <summary>
/// A gateway session as last saved: enough to resume it after a restart. <see cref="Sequence"/> is the last event
/// the bot finished with, so Discord replays every event after it, including those the bot was still handling.
/// </summary>
public sealed record SavedSession(string SessionId, string ResumeUrl, long Sequence, string ApplicationId, string UserId);
