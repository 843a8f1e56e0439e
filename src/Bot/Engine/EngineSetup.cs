using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Engine;

public static class EngineSetup
{
    /// <summary>Loads the seeds (stopping start-up on any error in them) and registers the query engine.</summary>
    public static IHostApplicationBuilder AddEngine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedsOptions>().BindConfiguration(SeedsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<EngineOptions>().BindConfiguration(EngineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMonitoring();
        builder.Services.AddSingleton<KnowledgeBase>(sp =>
        {
            var knowledge = SeedLoader.Load(sp.GetRequiredService<IOptions<SeedsOptions>>().Value.Resolve());
            sp.GetRequiredService<BotStatus>().MarkSeedsLoaded();
            return knowledge;
        });
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EngineOptions>>().Value;
            var engine = new QueryEngine(sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<TimeProvider>(),
                options.ConversationExpiry, options.MaxConversations);
            sp.GetRequiredService<BotMetrics>().ObserveConversations(() => engine.ConversationCount);
            return engine;
        });
        return builder;
    }
}
