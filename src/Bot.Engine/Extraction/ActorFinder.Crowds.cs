using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>
    /// "critics say", "tens of thousands of protesters argue", "his supporters insist", "some MPs warn": people the article names only
    /// by the side they take, speaking as one. They are a group of their own, called by that plural noun.
    /// </summary>
    private void FindCrowds()
    {
        foreach (var (line, noun) in _lines.Where(l => l.IsReporting).SelectMany(l => CrowdSpeaks().Matches(l.Text).Select(m => (l, m.Groups["noun"]))))
        {
            var before = line.Words.LastOrDefault(w => w.End <= noun.Index);
            // "opposition supporters", "Ruritanian critics": a group with a modifier is found as one already.
            if (before.Text is not null && !before.Possessive && !NewsWords.IsFunctionWord(before.Text) && (before.IsCapitalized || NewsWords.GroupModifiers.Contains(before.Text)))
                continue;
            // "MPs insist": an acronym's plural keeps its capitals.
            var name = char.IsUpper(noun.Value[1]) ? noun.Value : noun.Value.ToLowerInvariant();
            if (_actors.Any(a => a.Names.Contains(name, StringComparer.OrdinalIgnoreCase)))
                continue;
            var crowd = new ActorDraft(name, ActorKind.Group, line, Quotes.Around(line.Text, noun.Index, noun.Index + noun.Length)) { Head = name };
            crowd.AddAlias("the " + name);
            _actors.Add(crowd);
        }
    }

    [GeneratedRegex(@"\b(?<noun>(?i:protesters|protestors|demonstrators|supporters|critics|opponents|sceptics|skeptics|detractors)|\p{Lu}{2,4}s)\s+(?:as well as\s+[^,.;]+?\s+)?(?:also\s+)?"
        + @"(?:say|said|argue|argued|insist|insisted|claim|claimed|warn|warned|contend|contended|complain|complained|point out|pointed out|accuse|accused|allege|alleged)\b")]
    private static partial Regex CrowdSpeaks();
}
