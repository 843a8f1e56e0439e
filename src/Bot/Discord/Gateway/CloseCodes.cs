namespace Bot.Discord.Gateway;

/// <summary>What the gateway's close codes mean for reconnecting.</summary>
internal static class CloseCodes
{
    /// <summary>Why a close code is fatal, or null when reconnecting can help.</summary>
    public static string? FatalReason(int code) => code switch
    {
        4004 => "authentication failed (close code 4004); check the Discord:Token setting",
        4010 => "invalid shard (close code 4010)",
        4011 => "sharding required (close code 4011)",
        4012 => "invalid API version (close code 4012)",
        4013 => "invalid intents (close code 4013)",
        4014 => "disallowed intents (close code 4014); enable them in the Developer Portal",
        _ => null,
    };

    /// <summary>Codes after which the session cannot be resumed, though a fresh Identify may succeed.</summary>
    public static bool NeedsNewSession(int code) => code is 4007 or 4009;
}
