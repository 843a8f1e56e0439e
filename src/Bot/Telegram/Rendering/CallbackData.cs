using System.Globalization;

namespace Bot.Telegram.Rendering;

/// <summary>A follow-up button as pressed: 'q' (a suggestion, with its index) or 's' (the sources) under a follow-up key.</summary>
internal readonly record struct ButtonPress(char Kind, string Key, int Index);

/// <summary>
/// The callback data of follow-up buttons: "q:key:index" or "s:key", far under Telegram's 64 bytes.
/// The data comes back from the client, so it is read strictly: anything we could not have made is rejected.
/// </summary>
internal static class CallbackData
{
    /// <summary>Keys are base-36 counters; 13 digits hold any long.</summary>
    private const int MaxKeyLength = 13;
    private const int MaxIndexDigits = 3;

    public static string Suggestion(string key, int index) => $"q:{key}:{index}";

    public static string Sources(string key) => $"s:{key}";

    /// <summary>Reads callback data back, or null for data we did not make (forged, stale format or damaged).</summary>
    public static ButtonPress? Parse(string? data) => data?.Split(':') switch
    {
        ["q", var key, var index] when IsKey(key) && TryIndex(index, out var i) => new ButtonPress('q', key, i),
        ["s", var key] when IsKey(key) => new ButtonPress('s', key, 0),
        _ => null,
    };

    private static bool IsKey(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));

    /// <summary>Plain decimal digits only: no sign, spaces or other scripts' digits.</summary>
    private static bool TryIndex(string text, out int index)
    {
        index = 0;
        return text.Length is > 0 and <= MaxIndexDigits && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
