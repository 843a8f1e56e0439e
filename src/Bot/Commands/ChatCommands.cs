using Bot.Digests;
using System.Diagnostics;
using Bot.Engine.Query;
using Bot.Hosting;

namespace Bot.Commands;

/// <summary>
/// The one command layer behind every front end: a catalogue command goes to its handler, plain text
/// to the engine, and the reply comes back platform-neutral for the adapter to render. The engine's
/// commands ask the question each one stands for, so "/who x" and "who is x?" always agree.
/// </summary>
public sealed class ChatCommands(QueryEngine engine, DigestService digests, SubscriptionService subscriptions, BotMetrics metrics)
{
    /// <summary>Deep links carry at most 64 characters of A-Z, a-z, 0-9, '_' and '-'; anything else after /start is not one.</summary>
    private const int DeepLinkLimit = 64;

    public async Task<CommandReply> HandleAsync(CommandRequest request, CommandContext context, CancellationToken cancellationToken)
    {
        if (request.UnknownCommand is { } unknown)
            return new CommandReply.Usage($"I don't know the command /{unknown}.", CommandCatalogue.All);
        if (request.Command is not { } command)
            return Ask(context, request.Text);
        var argument = request.Text.Trim();
        if (command.ArgumentRequired && argument.Length == 0)
            return new CommandReply.Usage($"Usage: /{command.Name} <{command.ArgumentName}> — {command.ArgumentDescription}.", []);
        return command.Id switch
        {
            CommandId.Start when !IsDeepLinkPayload(argument) => Ask(context, "help") with { Greeting = context.BotName is { } name ? $"Hello! I'm {name}." : "Hello!" },
            CommandId.Help => Ask(context, "help") with { Commands = CommandCatalogue.All },
            CommandId.Digest => new CommandReply.DigestShown(digests.ForToday(context.Platform, context.ChatId, context.TimeZone)),
            CommandId.Subscribe => new CommandReply.Noticed(subscriptions.Subscribe(context.Platform, context.ChatId, argument,
                await context.MayManage(cancellationToken), context.TimeZone)),
            CommandId.Unsubscribe => new CommandReply.Noticed(subscriptions.Unsubscribe(context.Platform, context.ChatId,
                await context.MayManage(cancellationToken))),
            _ => Ask(context, QuestionFor(command, argument)
                ?? throw new ArgumentOutOfRangeException(nameof(request), command.Id, "A catalogue command without a handler.")),
        };
    }

    /// <summary>
    /// The question a command stands for, or null for the commands that do something other than ask
    /// (digests and subscriptions); shared with <c>Bot ask</c>, so a script's "/who x" agrees with a chat's.
    /// </summary>
    public static string? QuestionFor(ChatCommand command, string argument) => command.Id switch
    {
        CommandId.Start when IsDeepLinkPayload(argument) => argument.Replace('_', ' ').Replace('-', ' '),
        CommandId.Start or CommandId.Help => "help",
        CommandId.Ask => argument,
        CommandId.Who => $"who is {argument}",
        CommandId.Actors => "who are the actors",
        CommandId.Positions => argument.Length > 0 ? $"what is {argument}'s position" : "what are the positions",
        CommandId.Events => argument.Length > 0 ? $"events of {argument}" : "timeline",
        CommandId.Timeline => "timeline",
        CommandId.About => "what is the article about",
        _ => null,
    };

    private CommandReply.Answered Ask(CommandContext context, string question)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = engine.Ask(new Question(context.ConversationId, question, context.Platform));
        metrics.QuestionAnswered(context.Platform, answer.Status, Stopwatch.GetElapsedTime(started));
        return new(answer);
    }

    private static bool IsDeepLinkPayload(string argument) =>
        argument.Length is > 0 and <= DeepLinkLimit && argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
