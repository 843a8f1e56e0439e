namespace Bot.Commands;

/// <summary>What a command's optional argument is, so platforms can offer the right completion.</summary>
public enum ArgumentKind { None, Question, Actor, ActorOrYear, Schedule }

/// <summary>
/// A chat command as every platform shows it: name (lowercase, no slash), description and argument.
/// <paramref name="ManagesChat"/>: only those who may manage the chat may use it (Telegram group
/// admins; Discord's Manage Channels permission).
/// </summary>
public sealed record ChatCommand(string Name, string Description, ArgumentKind Argument = ArgumentKind.None,
    string? ArgumentName = null, string? ArgumentDescription = null, bool ArgumentRequired = false, bool ManagesChat = false);
