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
            CommandId.Start when IsDeepLinkPayload(argument) => Ask(context, argument.Replace('_', ' ').Replace('-', ' ')),
            CommandId.Start => Ask(context, "help") with { Greeting = context.BotName is { } name ? $"Hello! I'm {name}." : "Hello!" },
            CommandId.Help => Ask(context, "help") with { Commands = CommandCatalogue.All },
            CommandId.Ask => Ask(context, argument),
            CommandId.Who => Ask(context, $"who is {argument}"),
            CommandId.Actors => Ask(context, "who are the actors"),
            CommandId.Positions => Ask(context, argument.Length > 0 ? $"what is {argument}'s position" : "what are the positions"),
            CommandId.Events => Ask(context, argument.Length > 0 ? $"events of {argument}" : "timeline"),
            CommandId.Timeline => Ask(context, "timeline"),
            CommandId.About => Ask(context, "what is the article about"),
            CommandId.Digest => new CommandReply.DigestShown(digests.ForToday(context.Platform, context.ChatId, context.TimeZone)),
            CommandId.Subscribe => new CommandReply.Noticed(subscriptions.Subscribe(context.Platform, context.ChatId, argument,
                await context.MayManage(cancellationToken), context.TimeZone)),
            CommandId.Unsubscribe => new CommandReply.Noticed(subscriptions.Unsubscribe(context.Platform, context.ChatId,
                await context.MayManage(cancellationToken))),
            _ => throw new ArgumentOutOfRangeException(nameof(request), command.Id, "A catalogue command without a handler."),
        };
    }

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
