using Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.ConsoleChat;

public static class ConsoleChatSetup
{
    /// <summary>Opens the terminal chat, but only when no chat platform is configured.</summary>
    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder)
    {
        if (BotHost.HasChatTokens(builder.Configuration))
            return builder;
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<ConsoleChatService>(sp, Console.In, Console.Out));
        return builder;
    }
}
