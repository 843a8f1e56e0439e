namespace Bot.Telegram;

/// <summary>The callback data of follow-up buttons: "q:key:index" or "s:key", far under Telegram's 64 bytes.</summary>
public static class CallbackData
{
    public static string Suggestion(string key, int index) => $"q:{key}:{index}";

    public static string Sources(string key) => $"s:{key}";

    /// <summary>Reads callback data back into (kind, key, index); kind is 'q', 's' or '\0' for data we did not make.</summary>
    public static (char Kind, string Key, int Index) Parse(string? data) => data?.Split(':') switch
    {
        ["q", var key, var index] when int.TryParse(index, out var i) => ('q', key, i),
        ["s", var key] => ('s', key, 0),
        _ => ('\0', "", 0),
    };
}
