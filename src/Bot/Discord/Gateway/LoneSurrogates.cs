using System.Globalization;

namespace Bot.Discord.Gateway;

/// <summary>
/// Discord relays what clients type, including escapes of half a surrogate pair ("\ud800"), which
/// System.Text.Json refuses to read as a string. Such escapes are rewritten in place to U+FFFD
/// (the same six bytes long), so one odd character costs no more than itself.
/// </summary>
internal static class LoneSurrogates
{
    public static void Replace(Span<byte> json)
    {
        for (var i = 0; i < json.Length - 1; i++)
        {
            if (json[i] != '\\')
                continue;
            if (Escaped(json, i) is not { } c)
            {
                i++; // an escape of something else, such as "\\": skip the escaped character
                continue;
            }
            if (char.IsHighSurrogate(c) && Escaped(json, i + 6) is { } low && char.IsLowSurrogate(low))
            {
                i += 11;
                continue;
            }
            if (char.IsSurrogate(c))
                "FFFD"u8.CopyTo(json[(i + 2)..]);
            i += 5;
        }
    }

    private static char? Escaped(ReadOnlySpan<byte> json, int at) =>
        at + 6 <= json.Length && json[at] == '\\' && json[at + 1] == 'u'
        && ushort.TryParse(json.Slice(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? (char)value
            : null;
}
