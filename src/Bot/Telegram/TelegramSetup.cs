using Bot.Commands;
using Bot.Hosting;
using Bot.Http;
using Bot.Messaging;
using Bot.Storage;
using Bot.Telegram.Chats;
using Bot.Telegram.Handling;
using Bot.Telegram.Rendering;
using Bot.Telegram.Sending;
using Bot.Telegram.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram;

public static class TelegramSetup
{
    /// <summary>Runs the bot on Telegram, but only when Telegram:Token is configured. Needs <c>AddDigests</c> for the digest commands.</summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        var tokenKey = $"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}";
        if (string.IsNullOrWhiteSpace(builder.Configuration[tokenKey]))
        {
            BlankTokenNotice.AddIfBlank(builder, tokenKey, "Telegram");
            return builder;
        }
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateDataAnnotations()
            .Validate(o => !o.UsesWebhook || !string.IsNullOrWhiteSpace(configuration[$"{HttpOptions.Section}:{nameof(HttpOptions.Urls)}"]),
                "Telegram:WebhookUrl needs Http:Urls: the webhook is served on that listener.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMonitoredPlatform(TelegramUpdateHandler.Platform);
        services.TryAddSingleton<ChatCommands>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TelegramOptions>>().Value);
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<TelegramOptions>();
            // RetryThreshold 0: the client's own 429 retry sleeps inside the call; the sender waits per chat instead.
            // Redirects are not followed: the token is in the request path and must go to the configured server only.
            var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
            return new TelegramBotClient(new TelegramBotClientOptions(options.Token, options.ApiBaseUrl) { RetryThreshold = 0 }, http)
            {
                Timeout = options.PollTimeout + TimeSpan.FromSeconds(15),
            };
        });
        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<ChatDirectory>>();
            return new ChatDirectory(sp.GetRequiredService<TelegramOptions>().StateDirectory, reason => Log.ChatsNotSaved(logger, reason));
        });
        services.AddSingleton(sp => new DataDirectory(sp.GetRequiredService<TelegramOptions>().StateDirectory,
            $"{TelegramOptions.Section}:{nameof(TelegramOptions.StateDirectory)}"));
        services.AddSingleton(sp =>
        {
            var gate = new OutgoingRateGate(sp.GetRequiredService<TelegramOptions>(), sp.GetRequiredService<TimeProvider>());
            sp.GetRequiredService<BotMetrics>().ObserveSendQueue(TelegramUpdateHandler.Platform, () => gate.Waiting);
            return gate;
        });
        services.AddSingleton<TelegramShutdown>();
        services.AddSingleton<FloodControl>();
        services.AddSingleton<FollowUpStore>();
        services.AddSingleton<AnswerRenderer>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<IDigestSender, TelegramDigestSender>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.WebhookUrl)}"]))
        {
            services.AddSingleton<TelegramWebhook>();
            services.AddSingleton<IHttpEndpoint>(sp => sp.GetRequiredService<TelegramWebhook>());
        }
        services.AddHostedService<TelegramBotService>();
        return builder;
    }
}
