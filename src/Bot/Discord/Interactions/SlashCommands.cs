using System.Text.Json;
using Bot.Commands;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// The catalogue's commands as Discord slash commands, registered with one bulk overwrite, and only
/// when they differ from what Discord has: new commands count against a daily creation limit.
/// </summary>
internal sealed class SlashCommands(DiscordRestClient rest, DiscordOptions options, ILogger<SlashCommands> logger)
{
    private const int StringOption = 3;
    private int _registered;

    /// <summary>The options of /subscribe, which Discord shows as separate fields.</summary>
    public const string TimeOption = "time";
    public const string ZoneOption = "zone";

    public static ApplicationCommand[] Definitions() =>
    [
        .. CommandCatalogue.All.Where(c => c != CommandCatalogue.Start).Select(c => new ApplicationCommand(c.Name, c.Description, Options(c),
            DefaultMemberPermissions: c.ManagesChat ? Permissions.ManageChannelsText : null)),
    ];

    private static CommandOption[]? Options(ChatCommand command) => command switch
    {
        { Argument: ArgumentKind.Schedule } =>
        [
            new CommandOption(StringOption, TimeOption, "Daily time, HH:MM in 24-hour format"),
            new CommandOption(StringOption, ZoneOption, "IANA time zone, e.g. Europe/Berlin", Autocomplete: true),
        ],
        { Argument: ArgumentKind.None } or { ArgumentName: null } => null,
        _ =>
        [
            new CommandOption(StringOption, command.ArgumentName, command.ArgumentDescription ?? command.Description, command.ArgumentRequired ? true : null,
                command.Argument is ArgumentKind.Actor or ArgumentKind.ActorOrYear ? true : null),
        ],
    };

    /// <summary>Registers once per process run; a failure is retried on the next READY.</summary>
    public async Task EnsureRegisteredAsync(string applicationId, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;
        try
        {
            var scope = options.GuildId is null ? "global" : "guild " + options.GuildId;
            var desired = Definitions();
            var existing = await rest.GetCommandsAsync(applicationId, options.GuildId, cancellationToken);
            if (Canonical(existing) == Canonical(desired))
            {
                Log.CommandsUpToDate(logger, scope);
                return;
            }
            await rest.OverwriteCommandsAsync(applicationId, options.GuildId, desired, cancellationToken);
            Log.CommandsRegistered(logger, desired.Length, scope);
        }
        catch
        {
            Interlocked.Exchange(ref _registered, 0);
            throw;
        }
    }

    // Discord echoes extra fields (ids, versions) and leaves out false flags; compare only what we define.
    private static string Canonical(IEnumerable<ApplicationCommand> commands) => JsonSerializer.Serialize(
        commands.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c with
        {
            Options = c.Options?.Select(o => o with { Required = o.Required == true ? true : null, Autocomplete = o.Autocomplete == true ? true : null }).ToArray()
                is { Length: > 0 } opts ? opts : null,
        }).ToArray(), DiscordJson.Default.ApplicationCommandArray);
}
