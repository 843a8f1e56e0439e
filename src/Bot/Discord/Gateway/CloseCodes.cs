namespace Bot.Discord.Gateway;

/// <summary>What the gateway's close codes mean for reconnecting.</summary>
internal static class CloseCodes
{
    /// <summary>Why a close code is fatal and what the operator should change, or null when reconnecting can help.</summary>
    public static string? FatalReason(int code) => code switch
    {
        4004 => "authentication failed (close code 4004); set Discord:Token to the bot's token from the Developer Portal (Bot, Reset Token)",
        4010 => "invalid shard (close code 4010); set Discord:Shards to \"auto\", or to ID/COUNT items whose COUNT is the bot's shard count",
        4011 => "sharding required (close code 4011): the bot is in too many servers for one connection; set Discord:Shards to \"auto\"",
        4012 => "invalid API version (close code 4012): Discord no longer accepts the gateway version this build speaks; update the bot",
        4013 => "invalid intents (close code 4013): Discord does not know an intent this build asks for; update the bot",
        4014 => "disallowed intents (close code 4014): the application may not use an intent the bot asks for; enable the privileged intents "
            + "(such as Message Content) under Bot, Privileged Gateway Intents in the Developer Portal",
        _ => null,
    };

    /// <summary>Codes after which the session cannot be resumed, though a fresh Identify may succeed.</summary>
    public static bool NeedsNewSession(int code) => code is 4007 or 4009;
}
