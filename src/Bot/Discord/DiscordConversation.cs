namespace Bot.Discord;

/// <summary>The engine keeps follow-up context per channel and user, so two people in one channel never mix.</summary>
internal static class DiscordConversation
{
    public const string Platform = "discord";

    public static string Id(string? channelId, string userId) => $"discord:{channelId ?? "dm"}:{userId}";
}
