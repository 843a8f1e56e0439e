using Bot.Commands;
using Bot.Digests;
using Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.ConsoleChat;

/// <summary>
/// The chat on the terminal, opened when no chat platform is configured. Reads one question or command
/// ("/digest", "/subscribe 08:00") per line; at the end of input (Ctrl+D, or the end of a pipe) it stops
/// the program. Input that ends before its first line (stdin closed or empty, as under a service manager) is
/// said to be so, since then nothing at all would run; output that fails stops the program with exit code 1.
/// Whoever types here owns the chat, and its time zone is the machine's when that zone has a canonical name.
/// </summary>
public sealed partial class ConsoleChatService(ChatCommands commands, IHostApplicationLifetime lifetime, ILogger<ConsoleChatService> logger,
    TextReader input, TextWriter output, ExitStatus? exit = null) : BackgroundService
{
    public const string Platform = "console";

    private static readonly CommandContext Context = new(Platform, "console", "console", CommandContext.Always,
        DigestSchedule.FindZone(TimeZoneInfo.Local.Id));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interactive = !Console.IsInputRedirected && ReferenceEquals(input, Console.In);
        var lines = 0;
        try
        {
            if (interactive)
                await output.WriteLineAsync("Ask about the article, or type /help for commands (Ctrl+D or /quit to leave).");
            while (!stoppingToken.IsCancellationRequested)
            {
                if (interactive)
                    await output.WriteAsync("> ");
                var line = await input.ReadLineAsync(stoppingToken).AsTask().WaitAsync(stoppingToken);
                if (line is null && lines == 0)
                    Log.NoInput(logger);
                if (line is null || line.Trim() is "/quit" or "/exit")
                    break;
                lines++;
                if (!string.IsNullOrWhiteSpace(line))
                    await output.WriteLineAsync(await AnswerAsync(line, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A closed stdout fails with EBADF, which .NET reports as access denied.
            Log.OutputFailed(logger, ex.Message);
            exit?.Fail(1);
        }
        lifetime.StopApplication();
    }

    private async Task<string> AnswerAsync(string line, CancellationToken stoppingToken)
    {
        try
        {
            return ConsoleRenderer.Render(await commands.HandleAsync(CommandRequest.Parse(line), Context, stoppingToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            return "Sorry, something went wrong answering that. Please try another question.";
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Answering a console question failed")]
        public static partial void AnswerFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
            Message = "No chat platform is configured (set Discord:Token or Telegram:Token) and the console has no input; stopping")]
        public static partial void NoInput(ILogger logger);

        [LoggerMessage(EventId = 5002, Level = LogLevel.Error,
            Message = "The console's output failed ({Reason}) and no chat platform is configured (set Discord:Token or Telegram:Token); stopping")]
        public static partial void OutputFailed(ILogger logger, string reason);
    }
}
