using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    private void FindGroups(Line line, List<NameRun> runs)
    {
        var w = line.Words;
        for (var head = 1; head < w.Count; head++)
        {
            var bloc = NewsWords.BlocNouns.Contains(w[head].Text);
            if (!(NewsWords.GroupNouns.Contains(w[head].Text) || bloc) || runs.Any(r => r.First < head && head <= r.Last && NewsWords.OrganisationHeads.Contains(w[r.Last].Text)))
                continue;
            if (head + 1 < w.Count && NewsWords.GroupNouns.Contains(w[head + 1].Text) && NoGap(line, head, head + 1))
                continue;
            var first = head;
            while (first - 1 >= 0 && head - first < 4 && NoGap(line, first - 1, first) && IsGroupModifier(w[first - 1]))
                first--;
            // "Several Western powers": a sentence's first word is capitalised whatever it is, so only a place word counts there.
            if (bloc && first == 0 && CountryOf(w[0].Text) is null && !NewsWords.PlaceOpeners.Contains(w[0].Text))
                first++;
            // "other governments", "foreign powers": only a capitalised word ("Western", "Gulf") makes them a bloc.
            if (first == head || (bloc && !w[first].IsCapitalized))
                continue;
            var modifiers = Enumerable.Range(first, head - first).Select(i => w[i].Text).ToList();
            var name = line.Text[w[first].Start..w[head].End];
            AddGroup(line, name, w[head].Text, modifiers, w[first].Start, w[head].End, first);
            // "Ruritanian and Bordurian officials": one group for each coordinated adjective.
            if (first >= 2 && w[first - 1].Text == "and" && IsGroupModifier(w[first - 2]) && w[first - 2].IsCapitalized && w[first].IsCapitalized)
            {
                var other = new List<string>(modifiers) { [0] = w[first - 2].Text };
                AddGroup(line, string.Join(' ', other) + " " + w[head].Text, w[head].Text, other, w[first - 2].Start, w[head].End, first - 2);
                foreach (var coordinated in _actors.Where(a => a.Kind == ActorKind.Group && (a.Name == name || a.Name == string.Join(' ', other) + " " + w[head].Text)))
                    coordinated.Spans.Add((line, w[first - 2].Start, w[head].End));
            }
        }
    }

    private void AddGroup(Line line, string name, string head, List<string> modifiers, int start, int end, int firstWord)
    {
        if (!modifiers.Any(m => char.IsUpper(m[0]) || NewsWords.GroupModifiers.Contains(m)))
            return;
        var existing = _actors.FirstOrDefault(a => a.Kind == ActorKind.Group && a.Names.Contains(name, StringComparer.OrdinalIgnoreCase));
        var group = existing ?? new ActorDraft(name, ActorKind.Group, line, Quotes.Around(line.Text, start, end)) { Head = head, Modifiers = modifiers };
        if (existing is null)
            _actors.Add(group);
        group.Affiliation ??= modifiers.Select(CountryOf).FirstOrDefault(c => c is not null)?.Name
            ?? (firstWord > 0 && line.Words[firstWord - 1].Possessive ? CountryOf(line.Words[firstWord - 1].Text)?.Name : null);
        if (firstWord > 0 && line.Words[firstWord - 1].Possessive && CountryOf(line.Words[firstWord - 1].Text) is not null)
            group.AddAlias(line.Text[line.Words[firstWord - 1].Start..end]);
    }

    /// <summary>A word describing a group ("Chilean", "dock", "US" in "US senators"), not another acronym ("NATO ministers").</summary>
    private static bool IsGroupModifier(Word word) =>
        !word.Possessive && !NewsWords.IsFunctionWord(word.Text) && !Dates.IsMonth(word.Text)
        && (NameRuns.IsNameWord(word) && (!NameRuns.IsAcronym(word.Text) || CountryOf(word.Text) is not null) || NewsWords.GroupModifiers.Contains(word.Text) || NewsWords.GroupNouns.Contains(word.Text));

    /// <summary>"the West" standing alone (not "the West Bank") is the bloc of Western states, an actor of its own.</summary>
    private void FindBlocs(Line line)
    {
        var w = line.Words;
        for (var i = 1; i < w.Count; i++)
        {
            if (w[i].Text is not ("West" or "East") || w[i - 1].Lower != "the" || (i + 1 < w.Count && w[i + 1].IsCapitalized && Words.Adjacent(line.Text, w[i], w[i + 1])))
                continue;
            var bloc = Add("the " + w[i].Text, ActorKind.Group, line, Quotes.Around(line.Text, w[i - 1].Start, w[i].End));
            bloc.AddAlias(w[i].Text);
        }
    }
}
