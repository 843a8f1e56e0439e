using Bot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// Without a gateway there is no READY to register slash commands on, so they are registered at start-up,
/// with the application id from REST; a failure is retried with backoff until it succeeds or the bot stops.
/// </summary>
internal sealed class CommandRegistration(DiscordRestClient rest, SlashCommands commands, DiscordShutdown shutdown, DiscordOptions options,
    TimeProvider time, ILogger<CommandRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var failures = 1; !stoppingToken.IsCancellationRequested; failures++)
        {
            try
            {
                var application = await rest.GetApplicationAsync(stoppingToken);
                await commands.EnsureRegisteredAsync(application.Id, stoppingToken);
                return;
            }
            catch (DiscordFatalException ex)
            {
                shutdown.Stop(ex.Message);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or RestQueueFullException or OperationCanceledException)
            {
                Log.RegistrationFailed(logger, ex.Message);
            }
            try
            {
                await Task.Delay(Backoff.Delay(failures, options.ReconnectDelayMin, options.ReconnectDelayMax), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
