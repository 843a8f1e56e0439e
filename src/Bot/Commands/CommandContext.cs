namespace Bot.Commands;

/// <summary>
/// Where a request comes from, as the adapter knows it. <paramref name="ChatId"/> is the chat digests
/// are posted to; <paramref name="ConversationId"/> keeps the engine's follow-up context;
/// <paramref name="TimeZone"/> is the chat's own zone when the platform knows it (the terminal does);
/// <paramref name="MayManage"/> asks the platform whether the sender may manage the chat's digest,
/// and is called only for commands that need it. <paramref name="BotName"/> is used in the greeting.
/// </summary>
public sealed record CommandContext(string Platform, string ChatId, string ConversationId, Func<CancellationToken, Task<bool>> MayManage,
    TimeZoneInfo? TimeZone = null, string? BotName = null)
{
    /// <summary>For chats where the sender always manages them: private chats, DMs, the terminal.</summary>
    public static readonly Func<CancellationToken, Task<bool>> Always = _ => Task.FromResult(true);
}
