namespace Bot.Commands;

/// <summary>The commands the bot offers, defined once for Telegram's menu, Discord's slash commands and every help text.</summary>
public static class CommandCatalogue
{
    public static readonly ChatCommand Start = new(CommandId.Start, "Greeting, what I know and example questions");
    public static readonly ChatCommand Help = new(CommandId.Help, "How to ask me questions");
    public static readonly ChatCommand Ask = new(CommandId.Ask, "Ask a question about the article", ArgumentKind.Question, "question", "Your question", ArgumentRequired: true);
    public static readonly ChatCommand Who = new(CommandId.Who, "Who someone in the article is", ArgumentKind.Actor, "actor", "A person, state or organisation", ArgumentRequired: true);
    public static readonly ChatCommand Actors = new(CommandId.Actors, "Everyone the article names");
    public static readonly ChatCommand Positions = new(CommandId.Positions, "Who holds what position", ArgumentKind.Actor, "actor", "Only this actor's positions");
    public static readonly ChatCommand Events = new(CommandId.Events, "Dated events the article reports", ArgumentKind.ActorOrYear, "filter", "An actor or a year");
    public static readonly ChatCommand Timeline = new(CommandId.Timeline, "All dated events in order");
    public static readonly ChatCommand About = new(CommandId.About, "The articles loaded, their authors and sources");
    public static readonly ChatCommand Digest = new(CommandId.Digest, "Today's digest from the articles");
    public static readonly ChatCommand Subscribe = new(CommandId.Subscribe, "Post a daily digest in this chat", ArgumentKind.Schedule, "schedule",
        "Time and IANA time zone, e.g. 08:00 Europe/Berlin", ManagesChat: true);
    public static readonly ChatCommand Unsubscribe = new(CommandId.Unsubscribe, "Stop the daily digest in this chat", ManagesChat: true);

    /// <summary>Every command, in menu order.</summary>
    public static readonly IReadOnlyList<ChatCommand> All = [Start, Help, Ask, Who, Actors, Positions, Events, Timeline, About, Digest, Subscribe, Unsubscribe];

    public static ChatCommand? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
