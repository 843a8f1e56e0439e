using Bot.Engine.Query;

namespace Bot.Commands;

/// <summary>
/// Answers the catalogue's commands the same way on every platform, by asking the engine the
/// question each command stands for (so "/who x" and "who is x?" always agree).
/// </summary>
public sealed class CommandHandler(QueryEngine engine)
{
    /// <summary>Answers a command; <paramref name="argument"/> is whatever followed it (may be empty).</summary>
    public Answer Handle(string conversationId, string platform, ChatCommand command, string argument)
    {
        argument = argument.Trim();
        var question = command.Name switch
        {
            "start" when argument.Length > 0 => argument.Replace('_', ' ').Replace('-', ' '),
            "start" or "help" => "help",
            "ask" => argument,
            "who" => argument.Length > 0 ? $"who is {argument}" : "who are the actors",
            "actors" => "who are the actors",
            "positions" => argument.Length > 0 ? $"what is {argument}'s position" : "what are the positions",
            "events" => argument.Length > 0 ? $"events of {argument}" : "timeline",
            "timeline" => "timeline",
            "about" => "what is the article about",
            _ => argument,
        };
        return engine.Ask(new Question(conversationId, question, platform));
    }
}
