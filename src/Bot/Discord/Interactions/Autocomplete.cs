using System.Text.Json;
using Bot.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Engine.Query;

namespace Bot.Discord.Interactions;

/// <summary>
/// Suggests values for the option being typed: time zones for /subscribe, else names from the
/// knowledge model (actors, or actors and topics for /events).
/// </summary>
internal static class Autocomplete
{
    /// <summary>Offered first, and alone before anything is typed: the zones the bot's readers most likely live in.</summary>
    private static readonly string[] CommonZones =
    [
        "UTC", "Asia/Almaty", "Asia/Tashkent", "Asia/Bishkek", "Asia/Dushanbe", "Asia/Ashgabat", "Europe/Moscow",
        "Asia/Tbilisi", "Asia/Yerevan", "Asia/Baku", "Europe/Kyiv", "Europe/Berlin", "Europe/London", "America/New_York",
    ];

    public static AutocompleteResponse Suggest(QueryEngine engine, Interaction interaction)
    {
        var focused = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);
        var typed = focused?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()?.Trim() ?? "" : "";
        var names = focused?.Name == SlashCommands.ZoneOption ? Zones(typed) : EntityNames(engine, typed, actorsOnly: interaction.Data?.Name != CommandCatalogue.Events.Name);
        var choices = names
            .Take(DiscordLimits.Choices)
            .Select(name => DiscordText.Truncate(DiscordText.Clean(name), DiscordLimits.ChoiceText))
            .Select(name => new AutocompleteChoice(name, name));
        return new AutocompleteResponse(new AutocompleteData([.. choices]));
    }

    private static IEnumerable<string> EntityNames(QueryEngine engine, string typed, bool actorsOnly) => engine.Entities()
        .Where(e => (e.IsActor || !actorsOnly) && e.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
        .OrderBy(e => e.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
        .Select(e => e.Name);

    private static IEnumerable<string> Zones(string typed) => typed.Length == 0
        ? CommonZones
        : CommonZones.Concat(TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal))
            .Where(id => id.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal);
}
