using Bot.Commands;
using Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bot.ConsoleChat;

public static class ConsoleChatSetup
{
    /// <summary>
    /// Opens the terminal chat, but only when no chat platform is configured. Needs <c>AddDigests</c> for the digest commands. The terminal is then
    /// the chat itself, so only warnings and errors are logged to it, and not the host's lifetime lines.
    /// </summary>
    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder)
    {
        if (BotHost.HasChatTokens(builder.Configuration))
            return builder;
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.TryAddSingleton<ChatCommands>();
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ConsoleChatService>(sp, Console.In, Console.Out));
        return builder;
    }
}
