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

    /// <summary>
    /// Reads text typed where commands are plain text (Discord messages, the terminal, scripts): "/name argument", else a
    /// question. Only one bot reads there, so "/name@somebot" copied from a Telegram group is "/name".
    /// </summary>
    public static CommandRequest Parse(string text)
    {
        text = text.Trim();
        if (text.Length < 2 || text[0] != '/' || char.IsWhiteSpace(text[1]))
            return Question(text);
        // Any space ends the name: a phone keyboard or a copied line may put a no-break space after it.
        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        var name = text[1..end];
        if (name.IndexOf('@') is var at and > 0 && CommandCatalogue.Find(name[..at]) is not null)
            name = name[..at];
        return Named(name, text[end..]);
    }
}
