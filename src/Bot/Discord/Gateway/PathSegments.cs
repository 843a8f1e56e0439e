using System.Diagnostics.CodeAnalysis;

namespace Bot.Discord.Gateway;

/// <summary>
/// Ids and interaction tokens from events end up in REST paths, so only values shaped like Discord's
/// own are accepted: a forged "../" could otherwise aim the bot's authenticated request elsewhere.
/// </summary>
internal static class PathSegments
{
    private const int MaxTokenLength = 1000;

    /// <summary>A snowflake: 1 to 20 decimal digits.</summary>
    public static bool IsSnowflake([NotNullWhen(true)] string? id) => id is { Length: > 0 and <= 20 } && id.All(char.IsAsciiDigit);

    public static bool IsOptionalSnowflake(string? id) => id is null || IsSnowflake(id);

    /// <summary>An interaction token: letters, digits, '-', '_' and '.' only.</summary>
    public static bool IsToken([NotNullWhen(true)] string? token) =>
        token is { Length: > 0 and <= MaxTokenLength } && token != "." && token != ".."
        && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
