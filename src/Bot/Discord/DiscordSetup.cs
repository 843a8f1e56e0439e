using Bot.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Messages;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Hosting;
using Bot.Http;
using Bot.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

public static class DiscordSetup
{
    /// <summary>Connects the bot to Discord, but only when Discord:Token is configured. Needs <c>AddDigests</c> for the digest commands.</summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        var tokenKey = $"{DiscordOptions.Section}:{nameof(DiscordOptions.Token)}";
        if (string.IsNullOrWhiteSpace(builder.Configuration[tokenKey]))
        {
            BlankTokenNotice.AddIfBlank(builder, tokenKey, "Discord");
            return builder;
        }
        var services = builder.Services;
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DiscordOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        var gateway = builder.Configuration.GetValue($"{DiscordOptions.Section}:{nameof(DiscordOptions.Gateway)}", true);
        if (gateway)
            services.AddMonitoredPlatform(DiscordConversation.Platform);
        else
            services.AddMonitoring();
        services.TryAddSingleton<ChatCommands>();
        services.AddSingleton<GuildPermissions>();
        services.AddSingleton<DiscordShutdown>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<IdentifyGate>();
        services.AddSingleton<SessionKeeper>();
        services.AddSingleton<ShardStatus>();
        services.AddSingleton<RestTransport>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<AnswerRenderer>();
        services.AddSingleton<SlashCommands>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<MentionHandler>();
        services.AddSingleton<DiscordEventRouter>();
        services.AddSingleton<DispatchQueue>();
        services.AddSingleton<IDigestSender, DiscordDigestSender>();
        if (gateway)
            services.AddHostedService<GatewayService>();
        else
            services.AddHostedService<CommandRegistration>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.PublicKey)}"]))
            AddInteractionsEndpoint(builder);
        return builder;
    }

    /// <summary>Interactions over HTTP need the listener; without Http:Urls start-up stops rather than silently serving nothing.</summary>
    private static void AddInteractionsEndpoint(IHostApplicationBuilder builder)
    {
        var listening = !string.IsNullOrWhiteSpace(builder.Configuration[$"{HttpOptions.Section}:{nameof(HttpOptions.Urls)}"]);
        builder.Services.AddOptions<DiscordOptions>()
            .Validate(_ => listening, "Discord:PublicKey serves interactions at /discord/interactions, which needs Http:Urls to be set.");
        builder.Services.AddSingleton(sp => new InteractionSignature(sp.GetRequiredService<DiscordOptions>().PublicKey!));
        builder.Services.AddSingleton<IHttpEndpoint, InteractionEndpoint>();
    }
}
