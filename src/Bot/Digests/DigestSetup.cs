using Bot.Engine.Digests;
using Bot.Engine.Model;
using Bot.Hosting;
using Bot.Messaging;
using Bot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Digests;

public static class DigestSetup
{
    /// <summary>
    /// Scheduled digests: the store (<see cref="StorageSetup.AddStorage"/>), the composer, /subscribe and /digest services, the scheduler,
    /// the console sender, and hot reload of the seeds. Chat adapters add their own <see cref="IDigestSender"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMonitoring();
        builder.Services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.AddStorage();
        builder.Services.AddSingleton(sp => new DigestComposer(sp.GetRequiredService<KnowledgeBase>()));
        builder.Services.AddSingleton<DigestService>();
        builder.Services.AddSingleton<SubscriptionService>();
        builder.Services.AddSingleton<IDigestSender>(_ => new ConsoleDigestSender(Console.Out));
        builder.Services.AddHostedService<DigestScheduler>();
        builder.Services.AddHostedService<SeedsWatcher>();
        return builder;
    }
}
