using Bot.Engine.Query;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.ConsoleChat;

/// <summary>
/// The chat on the terminal, opened when no chat platform is configured. Reads one question per
/// line; at the end of input (Ctrl+D, or the end of a pipe) it stops the program.
/// </summary>
public sealed partial class ConsoleChatService(QueryEngine engine, IHostApplicationLifetime lifetime, ILogger<ConsoleChatService> logger,
    TextReader input, TextWriter output) : BackgroundService
{
    private const string ConversationId = "console";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interactive = !Console.IsInputRedirected && ReferenceEquals(input, Console.In);
        if (interactive)
            await output.WriteLineAsync("Ask about the article (Ctrl+D or /quit to leave).");
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
                    await output.WriteLineAsync(ConsoleRenderer.Render(engine.Ask(new Question(ConversationId, line, "console"))));
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
