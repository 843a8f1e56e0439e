using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>A run of capitalised words in a sentence ("Collective Security Treaty Organization", "President Jane Roe").</summary>
internal sealed record NameRun(int First, int Last)
{
    public int Count => Last - First + 1;
}

/// <summary>Finds runs of capitalised words: the raw material for names of people and organisations.</summary>
internal static partial class NameRuns
{
    private static readonly HashSet<string> Abbreviated = new(StringComparer.Ordinal) { "St", "Mt", "Ft" };
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "bin", "ibn", "abu", "van", "von", "der", "de", "da", "di", "du", "dos", "la", "le" };
    private static readonly HashSet<string> TitledPlaces = new(StringComparer.OrdinalIgnoreCase) { "College", "University", "School", "Church", "Hospital", "Cathedral" };

    public static List<NameRun> Find(Line line)
    {
        var words = line.Words;
        var runs = new List<NameRun>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i]))
            {
                i++;
                continue;
            }
            var last = i;
            while (last + 1 < words.Count && Continues(line, last))
                last++;
            var first = i;
            // A capitalised function word ("The", "As", "On") only opens a sentence or a title, it is no part of a name.
            while (first <= last && (NewsWords.IsFunctionWord(words[first].Text) || Dates.IsMonth(words[first].Text)))
                first++;
            while (last >= first && NewsWords.NameJoiners.Contains(words[last].Text))
                last--;
            if (first <= last)
                runs.Add(new NameRun(first, last));
            i = last + 1 > i ? last + 1 : i + 1;
        }
        return runs;
    }

    public static bool IsNameWord(Word word) =>
        word.IsCapitalized && !word.Text.All(char.IsDigit) || ParticleName().IsMatch(word.Text);

    public static bool IsParticle(string word) => Particles.Contains(word);

    public static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private static bool Continues(Line line, int index)
    {
        var words = line.Words;
        var current = words[index];
        var next = words[index + 1];
        var gap = line.Text.AsSpan(current.FullEnd, next.Start - current.FullEnd);
        var adjacent = gap.Trim().IsEmpty || (gap.Trim() is "." && Abbreviated.Contains(current.Text));
        if (!adjacent)
            return false;
        // "St Antony's College": a possessive inside the name of a college or church.
        if (current.Possessive)
            return TitledPlaces.Contains(NextHead(words, index + 1));
        if (IsNameWord(next))
            return true;
        // "Bashar al Assad", "Ludwig van Dam": a lowercase particle inside a person's name.
        if (IsParticle(next.Text) && index + 2 < words.Count && IsNameWord(words[index + 2]) && Words.Adjacent(line.Text, next, words[index + 2]))
            return true;
        if (InsideName(words, index) && next.Text == "the")
            return index + 2 < words.Count && IsNameWord(words[index + 2]) && Words.Adjacent(line.Text, next, words[index + 2]);
        // "Committee for Freedom in Alder Valley Foundation": "in" stays inside a name that goes on to its head.
        if (next.Text == "in" && HeadBehind(words, index) && HeadAhead(line, index + 2))
            return true;
        if (next.Text == "and" && AndInsideName(line, index))
            return true;
        // "Council of Public Organizations", "Committee on Defense": joiners only inside organisation names.
        if (!Joins(next) || index + 2 >= words.Count || !HasOrganisationHead(words, index))
            return false;
        // "Institute for the Study of War": "the" after the joiner stays inside the name.
        var named = words[index + 2].Text == "the" && index + 3 < words.Count && Words.Adjacent(line.Text, words[index + 2], words[index + 3]) ? index + 3 : index + 2;
        return IsNameWord(words[named]) && Words.Adjacent(line.Text, next, words[index + 2]);
    }

    /// <summary>
    /// "Centre for Defence and Security", "Institute for War and Peace Studies": after a joiner an organisation's name
    /// may pair two words with "and", the name ending a word or two later; a second body ("and the Harbour Council") stays apart.
    /// </summary>
    private static bool AndInsideName(Line line, int index)
    {
        var words = line.Words;
        var joined = false;
        for (var i = index - 1; i >= 0 && (IsNameWord(words[i]) || Joins(words[i]) || words[i].Text == "the") && !words[i].Possessive; i--)
        {
            if (Joins(words[i]))
                joined = true;
            else if (joined && NewsWords.OrganisationHeads.Contains(words[i].Text))
                return After(index + 2) is >= 1 and <= 2;
        }
        return false;

        int After(int from)
        {
            var count = 0;
            while (from + count < words.Count && IsNameWord(words[from + count]) && Words.Adjacent(line.Text, words[from + count - 1], words[from + count]))
            {
                var word = words[from + count].Text;
                if (NewsWords.OrganisationHeads.Contains(word) || IsAcronym(word) || words[from + count].Possessive || Countries.ByForm.ContainsKey(word))
                    return 0;
                count++;
            }
            return count;
        }
    }

    private static string NextHead(List<Word> words, int from)
    {
        var i = from;
        while (i + 1 < words.Count && IsNameWord(words[i + 1]) && !words[i].Possessive)
            i++;
        return words[i].Text;
    }

    /// <summary>Whether the name words from <paramref name="from"/> on end in an organisation's head ("... Valley Foundation").</summary>
    private static bool HeadAhead(Line line, int from)
    {
        var words = line.Words;
        if (from >= words.Count || !Words.Adjacent(line.Text, words[from - 1], words[from]))
            return false;
        var i = from;
        while (IsNameWord(words[i]) && !words[i].Possessive && i + 1 < words.Count && IsNameWord(words[i + 1]) && Words.Adjacent(line.Text, words[i], words[i + 1]))
            i++;
        return i > from && IsNameWord(words[i]) && NewsWords.OrganisationHeads.Contains(words[i].Text);
    }

    /// <summary>Whether the name up to <paramref name="upTo"/>, joiners and all, holds an organisation's head ("Committee for Freedom").</summary>
    private static bool HeadBehind(List<Word> words, int upTo)
    {
        for (var i = upTo; i >= 0 && (IsNameWord(words[i]) || Joins(words[i]) || words[i].Text == "the") && (i == upTo || !words[i].Possessive); i--)
        {
            if (NewsWords.OrganisationHeads.Contains(words[i].Text))
                return true;
        }
        return false;
    }

    private static bool HasOrganisationHead(List<Word> words, int upTo)
    {
        for (var i = upTo; i >= 0 && (IsNameWord(words[i]) || InsideName(words, i)); i--)
        {
            if (NewsWords.OrganisationHeads.Contains(words[i].Text))
                return true;
            if (i < upTo && words[i].Possessive)
                break;
        }
        return false;
    }

    /// <summary>The "for the" of "Institute for the Study": a joiner and article inside a long organisation name.</summary>
    private static bool InsideName(List<Word> words, int i) =>
        i > 0 && i + 1 < words.Count && (words[i].Text == "the" ? Joins(words[i - 1]) : Joins(words[i]) && words[i + 1].Text == "the");

    private static bool Joins(Word word) => NewsWords.NameJoiners.Contains(word.Text) && word.Text != "and";

    [GeneratedRegex(@"^(al|el|ad|as|ash|ibn|bin|abu|van|von|de|da|di|le)-\p{Lu}")]
    private static partial Regex ParticleName();
}
