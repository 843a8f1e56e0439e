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
                if (StateOf(match.Groups["country"].Value) is not { } country)
                    continue;
                var office = match.Groups["office"].Value.ToLowerInvariant();
                var name = $"{office} of {country.Name}";
                var role = char.ToUpperInvariant(name[0]) + name[1..];
                if (Holder(country, match.Groups["office"].Value) is { } holder)
                {
                    holder.AddAlias(name);
                    continue;
                }
                var person = Add(name, ActorKind.Person, line, match.Value);
                person.OfferRole(role, RoleRank.Title, line, match.Value);
                person.Affiliation ??= country.Name;
            }
            // "the Ruritanian trade minister": the office as written is the unnamed holder's name.
            foreach (Match match in DemonymOffice().Matches(line.Text))
            {
                if (StateOf(match.Groups["country"].Value) is not { } country)
                    continue;
                var name = match.Value[(match.Groups["country"].Index - match.Index)..];
                if (Holder(country, match.Groups["office"].Value) is not null)
                    continue;
                var person = Add(name, ActorKind.Person, line, match.Value);
                person.OfferRole(name, RoleRank.Title, line, match.Value);
                person.Affiliation ??= country.Name;
            }
        }
    }

    /// <summary>The person the article names as holding a country's office, if any.</summary>
    private ActorDraft? Holder(Country country, string office) =>
        _actors.FirstOrDefault(a => a.Kind == ActorKind.Person && a.Affiliation == country.Name && a.Role is { } r && r.EndsWith(office, StringComparison.OrdinalIgnoreCase));

    /// <summary>"the" and a country's adjective, then a state office in lower case, with no name after it.</summary>
    [GeneratedRegex(@"\b[Tt]he (?<country>\p{Lu}\p{L}+) (?<office>(?:(?:industry|trade|foreign|defen[cs]e|interior|finance|economy|energy|health|justice|oil|transport|agriculture) )?minister|president|prime minister|chancellor|ambassador|envoy)\b(?![\u2019']s\b| \p{Lu}| of\b)")]
    private static partial Regex DemonymOffice();

    /// <summary>A state office in lower case, then "of" and a country, with no name after it.</summary>
    [GeneratedRegex(@"\b(?<office>[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|[Cc]hancellor|[Kk]ing|[Qq]ueen) of (?<country>\p{Lu}[\p{L}]+)\b(?![\u2019']s\b| \p{Lu})")]
    private static partial Regex UnnamedOffice();
}
