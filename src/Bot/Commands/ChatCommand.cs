namespace Bot.Commands;

/// <summary>What a command's optional argument is, so platforms can offer the right completion.</summary>
public enum ArgumentKind { None, Question, Actor, ActorOrYear, Schedule }

/// <summary>Every command the bot knows; its lowercase name is what users type after the slash.</summary>
public enum CommandId { Start, Help, Ask, Who, Actors, Positions, Events, Timeline, About, Digest, Subscribe, Unsubscribe }

/// <summary>
/// A chat command as every platform shows it: name (lowercase, no slash), description and argument.
/// <paramref name="ManagesChat"/>: only those who may manage the chat may use it (Telegram group
/// admins; Discord's Manage Channels permission).
/// </summary>
public sealed record ChatCommand(CommandId Id, string Description, ArgumentKind Argument = ArgumentKind.None,
    string? ArgumentName = null, string? ArgumentDescription = null, bool ArgumentRequired = false, bool ManagesChat = false)
{
    public string Name { get; } = Id.ToString().ToLowerInvariant();

    /// <summary>How the command is listed in help and usage replies.</summary>
    public string Line => $"/{Name} — {Description}";
}
