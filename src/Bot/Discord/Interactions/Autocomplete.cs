using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Engine.Query;

namespace Bot.Discord.Interactions;

/// <summary>Suggests names from the knowledge model for the option being typed: actors, or actors and topics for /events.</summary>
internal static class Autocomplete
{
    public static AutocompleteResponse Suggest(QueryEngine engine, Interaction interaction)
    {
        var focused = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);
        var typed = focused?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()?.Trim() ?? "" : "";
        var actorsOnly = interaction.Data?.Name != Commands.CommandCatalogue.Events.Name;
        var choices = engine.Entities()
            .Where(e => (e.IsActor || !actorsOnly) && e.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(DiscordLimits.Choices)
            .Select(e => DiscordText.Truncate(DiscordText.Clean(e.Name), DiscordLimits.ChoiceText))
            .Select(name => new AutocompleteChoice(name, name));
        return new AutocompleteResponse(new AutocompleteData([.. choices]));
    }
}
