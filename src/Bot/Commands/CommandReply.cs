using Bot.Engine.Digests;
using Bot.Engine.Query;

namespace Bot.Commands;

/// <summary>A platform-neutral reply to one request; each front end renders every kind its own way.</summary>
public abstract record CommandReply
{
    private CommandReply()
    {
    }

    /// <summary>The engine's answer; <paramref name="Greeting"/> goes before it, <paramref name="Commands"/> are listed after it.</summary>
    public sealed record Answered(Answer Answer, string? Greeting = null, IReadOnlyList<ChatCommand>? Commands = null) : CommandReply;

    public sealed record DigestShown(Digest Digest) : CommandReply;

    /// <summary>The outcome of a subscription command, as one plain sentence.</summary>
    public sealed record Noticed(Notice Notice) : CommandReply;

    /// <summary>How to use a command given wrongly (or one the bot lacks), with the commands to list.</summary>
    public sealed record Usage(string Text, IReadOnlyList<ChatCommand> Commands) : CommandReply;
}
