using Bot.Commands;

namespace Bot.Cli;

/// <summary>
/// What <c>Bot ask</c> makes of a text: a question as it stands, or the question a chat command stands for
/// ("/who x" is "who is x"). Commands that act on a chat rather than ask (digests, subscriptions) have no chat
/// here, so they are refused with where they do work, never answered as if they were words of a question.
/// </summary>
public static class AskedText
{
    /// <summary>The question to ask; a <see cref="FormatException"/> says why a command cannot be run here.</summary>
    public static string Question(string text)
    {
        var request = CommandRequest.Parse(text);
        if (request.UnknownCommand is { } unknown)
            throw new FormatException($"there is no command /{unknown}; here a line holds a question or one of {Usable}");
        if (request.Command is not { } command)
            return request.Text;
        if (command.ArgumentRequired && request.Text.Length == 0)
            throw new FormatException($"/{command.Name} is missing its {command.ArgumentName}: /{command.Name} <{command.ArgumentName}> ({command.ArgumentDescription})");
        return ChatCommands.QuestionFor(command, request.Text)
            ?? throw new FormatException(command.Id == CommandId.Digest
                ? "/digest works in a chat; to preview a digest from a script run: Bot digest"
                : $"/{command.Name} works in a chat (the console chat, Telegram or Discord), not in Bot ask");
    }

    private static readonly string Usable = string.Join(", ", CommandCatalogue.All
        .Where(c => ChatCommands.QuestionFor(c, c.ArgumentRequired ? "x" : "") is not null)
        .Select(c => "/" + c.Name));
}
