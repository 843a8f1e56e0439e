using Bot.Cli;
using Bot.ConsoleChat;
using Bot.Discord;
using Bot.Digests;
using Bot.Engine;
using Bot.Engine.Query;
using Bot.Hosting;
using Bot.Http;
using Bot.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// A stream closed by whoever started us must not be read or written through a descriptor the runtime reused.
StandardStreams.ReplaceClosed();
return await BotCommandLine.Create(RunBotAsync).Parse(args).InvokeAsync(BotCommandLine.Invocation);

// The bot itself: the chat platforms that have tokens, or else the terminal chat.
static Task<int> RunBotAsync(string? seeds, CancellationToken cancellationToken) => BotCommandLine.Guarded(async () =>
{
    var builder = BotHost.CreateBuilder(seeds);
    builder.AddEngine();
    builder.AddConsoleChat();
    builder.AddTelegram();
    builder.AddDiscord();
    builder.AddDigests();
    builder.AddHttp();
    using var host = builder.Build();
    // Load the seeds now, so broken seeds stop start-up before any chat is connected.
    _ = host.Services.GetRequiredService<QueryEngine>();
    var exit = host.Services.GetRequiredService<ExitStatus>();
    return await exit.RunAsync(host, cancellationToken);
});
