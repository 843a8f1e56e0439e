namespace Bot.Commands;

/// <summary>
/// What a user sent, as every front end hands it over: a catalogue command with the text after it,
/// a command the catalogue lacks (<paramref name="UnknownCommand"/>), or a plain question (no command).
/// </summary>
public sealed record CommandRequest(ChatCommand? Command, string Text, string? UnknownCommand = null)
{
    public static CommandRequest Question(string text) => new(null, text.Trim());

    /// <summary>A command by name, as a platform delivers it already split (Telegram's entity, Discord's slash command).</summary>
    public static CommandRequest Named(string name, string argument) =>
        CommandCatalogue.Find(name) is { } command ? new(command, argument.Trim()) : new(null, argument.Trim(), name);

    /// <summary>Reads text typed where commands are plain text (Discord messages, the terminal): "/name argument", else a question.</summary>
    public static CommandRequest Parse(string text)
    {
        text = text.Trim();
        if (text.Length < 2 || text[0] != '/' || char.IsWhiteSpace(text[1]))
            return Question(text);
        var end = text.AsSpan().IndexOfAny(" \t\r\n");
        return end < 0 ? Named(text[1..], "") : Named(text[1..end], text[end..]);
    }
}
