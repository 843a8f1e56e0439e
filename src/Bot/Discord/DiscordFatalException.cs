namespace Bot.Discord;

/// <summary>Discord refused us in a way retrying cannot fix (bad token, disallowed intents): the application stops.</summary>
public sealed class DiscordFatalException(string message) : Exception(message);
