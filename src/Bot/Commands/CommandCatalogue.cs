namespace Bot.Commands;

/// <summary>The commands the bot offers, defined once for Telegram's menu and Discord's slash commands.</summary>
public static class CommandCatalogue
{
    public static readonly ChatCommand Start = new("start", "Greeting, what I know and example questions");
    public static readonly ChatCommand Help = new("help", "How to ask me questions");
    public static readonly ChatCommand Ask = new("ask", "Ask a question about the article", ArgumentKind.Question, "question", "Your question", ArgumentRequired: true);
    public static readonly ChatCommand Who = new("who", "Who someone in the article is", ArgumentKind.Actor, "actor", "A person, state or organisation", ArgumentRequired: true);
    public static readonly ChatCommand Actors = new("actors", "Everyone the article names");
    public static readonly ChatCommand Positions = new("positions", "Who holds what position", ArgumentKind.Actor, "actor", "Only this actor's positions");
    public static readonly ChatCommand Events = new("events", "Dated events the article reports", ArgumentKind.ActorOrYear, "filter", "An actor or a year");
    public static readonly ChatCommand Timeline = new("timeline", "All dated events in order");
    public static readonly ChatCommand About = new("about", "The articles loaded, their authors and sources");

    // Digest commands are answered by DigestService and SubscriptionService, not by CommandHandler.
    public static readonly ChatCommand Digest = new("digest", "Today's digest from the articles");
    public static readonly ChatCommand Subscribe = new("subscribe", "Post a daily digest in this chat", ArgumentKind.Schedule, "schedule",
        "Time and IANA time zone, e.g. 08:00 Europe/Berlin", ManagesChat: true);
    public static readonly ChatCommand Unsubscribe = new("unsubscribe", "Stop the daily digest in this chat", ManagesChat: true);

    /// <summary>Every command, in menu order.</summary>
    public static readonly IReadOnlyList<ChatCommand> All = [Start, Help, Ask, Who, Actors, Positions, Events, Timeline, About, Digest, Subscribe, Unsubscribe];

    public static ChatCommand? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
