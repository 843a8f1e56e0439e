namespace Bot.Discord;

/// <summary>Who the bot is, as the first READY on any shard tells it: its user (to spot mentions) and its application (for commands).</summary>
internal sealed class BotIdentity
{
    public string? ApplicationId { get; private set; }
    public string? UserId { get; private set; }

    public void Set(string applicationId, string userId)
    {
        ApplicationId = applicationId;
        UserId = userId;
    }
}
