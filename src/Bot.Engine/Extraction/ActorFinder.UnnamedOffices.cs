using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>
    /// "the president of Ruritania", "Ruritania's prime minister": an office-holder the article never names is a person
    /// of their own, so what they say or do is drafted; when the article names the holder elsewhere
    /// ("Ruritanian President Ana Roe"), the office is another name for that person.
    /// </summary>
    private void FindUnnamedOffices()
    {
        foreach (var line in _lines.Where(l => l.IsReporting))
        {
            foreach (Match match in UnnamedOffice().Matches(line.Text))
            {
                if (CountryOf(match.Groups["country"].Value) is not { } country)
                    continue;
                var office = match.Groups["office"].Value.ToLowerInvariant();
                var name = $"{office} of {country.Name}";
                var role = char.ToUpperInvariant(name[0]) + name[1..];
                var holder = _actors.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Affiliation == country.Name && a.Role is { } r && r.EndsWith(match.Groups["office"].Value, StringComparison.OrdinalIgnoreCase));
                if (holder is not null)
                {
                    holder.AddAlias(name);
                    continue;
                }
                var person = Add(name, ActorKind.Person, line, match.Value);
                person.OfferRole(role, RoleRank.Title, line, match.Value);
                person.Affiliation ??= country.Name;
            }
        }
    }

    /// <summary>A state office in lower case, then "of" and a country, with no name after it.</summary>
    [GeneratedRegex(@"\b(?<office>[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|[Cc]hancellor|[Kk]ing|[Qq]ueen) of (?<country>\p{Lu}[\p{L}]+)\b(?![\u2019']s\b| \p{Lu})")]
    private static partial Regex UnnamedOffice();
}
