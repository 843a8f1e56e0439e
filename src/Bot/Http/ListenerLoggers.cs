using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Http;

/// <summary>
/// The bot's loggers as the listener's inner web host sees them, without that host's own lifecycle categories: its
/// start and stop are the bot's, and a failure to listen is reported once by <see cref="HttpListenerService"/>, not
/// again as "Hosting failed to start" with a stack trace.
/// </summary>
internal sealed class ListenerLoggers(ILoggerFactory loggers) : ILoggerFactory
{
    private const string HostingCategories = "Microsoft.Extensions.Hosting";

    // "Now listening on": the bot says where it serves in its own words.
    private const string LifetimeCategory = "Microsoft.Hosting.Lifetime";

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(HostingCategories, StringComparison.Ordinal) || categoryName == LifetimeCategory
            ? NullLogger.Instance
            : loggers.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) => loggers.AddProvider(provider);

    // The bot's host owns and disposes the loggers.
    public void Dispose()
    {
    }
}
