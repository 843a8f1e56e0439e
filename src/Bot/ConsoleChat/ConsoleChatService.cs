using Bot.Commands;
using Bot.Digests;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.ConsoleChat;

/// <summary>
/// The chat on the terminal, opened when no chat platform is configured. Reads one question or command
/// ("/digest", "/subscribe 08:00") per line; at the end of input (Ctrl+D, or the end of a pipe) it stops
/// the program. Whoever types here owns the chat, and its time zone is the machine's when that zone has a canonical name.
/// </summary>
public sealed partial class ConsoleChatService(ChatCommands commands, IHostApplicationLifetime lifetime, ILogger<ConsoleChatService> logger,
    TextReader input, TextWriter output) : BackgroundService
{
    public const string Platform = "console";

    private static readonly CommandContext Context = new(Platform, "console", "console", CommandContext.Always,
        DigestSchedule.FindZone(TimeZoneInfo.Local.Id));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interactive = !Console.IsInputRedirected && ReferenceEquals(input, Console.In);
        if (interactive)
            await output.WriteLineAsync("Ask about the article, or type /help for commands (Ctrl+D or /quit to leave).");
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (interactive)
                    await output.WriteAsync("> ");
                var line = await input.ReadLineAsync(stoppingToken).AsTask().WaitAsync(stoppingToken);
                if (line is null || line.Trim() is "/quit" or "/exit")
                    break;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                try
                {
                    var reply = await commands.HandleAsync(CommandRequest.Parse(line), Context, stoppingToken);
                    await output.WriteLineAsync(ConsoleRenderer.Render(reply));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.AnswerFailed(logger, ex);
                    await output.WriteLineAsync("Sorry, something went wrong answering that. Please try another question.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        lifetime.StopApplication();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Answering a console question failed")]
        public static partial void AnswerFailed(ILogger logger, Exception exception);
    }
}
