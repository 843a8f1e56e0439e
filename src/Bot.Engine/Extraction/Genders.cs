using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// A person's gender: from a title or kinship word set right before a mention ("Ms X", "her husband, X", "his
/// wife X"), else from the first "he"/"she" (or "his"/"her") that follows a mention before anyone else is named.
/// </summary>
internal static partial class Genders
{
    private static readonly Dictionary<string, string> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = "male", ["He"] = "male", ["his"] = "male", ["His"] = "male", ["him"] = "male", ["himself"] = "male",
        ["she"] = "female", ["She"] = "female", ["her"] = "female", ["Her"] = "female", ["herself"] = "female",
    };

    private static readonly Dictionary<string, string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mr"] = "male", ["Sir"] = "male", ["husband"] = "male", ["father"] = "male", ["son"] = "male", ["brother"] = "male",
        ["grandfather"] = "male", ["grandson"] = "male", ["uncle"] = "male", ["nephew"] = "male", ["boyfriend"] = "male", ["widower"] = "male",
        ["Mrs"] = "female", ["Ms"] = "female", ["Miss"] = "female", ["Dame"] = "female", ["wife"] = "female", ["mother"] = "female",
        ["daughter"] = "female", ["sister"] = "female", ["grandmother"] = "female", ["granddaughter"] = "female", ["aunt"] = "female",
        ["niece"] = "female", ["girlfriend"] = "female", ["widow"] = "female",
    };

    public static void Assign(DraftContext context)
    {
        var people = context.Lines.SelectMany(l => l.Mentions.Select(m => (Line: l, Mention: m))).Where(p => context.Actor(p.Mention.Actor).Kind == ActorKind.Person).ToList();
        foreach (var (line, mention) in people)
        {
            var person = context.Actor(mention.Actor);
            person.Gender ??= Cue(line, mention);
        }
        for (var i = 0; i < context.Lines.Count; i++)
        {
            foreach (var mention in context.Lines[i].Mentions.Where(m => context.Actor(m.Actor).Kind == ActorKind.Person))
            {
                var person = context.Actor(mention.Actor);
                person.Gender ??= Following(context, context.Lines, i, mention);
            }
        }
    }

    /// <summary>"Mr X", "her husband, X", "his late wife X": the word before the name, past a comma.</summary>
    private static string? Cue(Line line, Mention mention)
    {
        var match = WordBefore().Match(line.Text[..mention.Start]);
        return match.Success && Cues.TryGetValue(match.Groups["word"].Value, out var gender) ? gender : null;
    }

    private static string? Following(DraftContext context, IReadOnlyList<Line> lines, int index, Mention mention)
    {
        for (var i = index; i < lines.Count && i <= index + 1; i++)
        {
            var line = lines[i];
            var from = i == index ? mention.End : 0;
            var nextPerson = line.Mentions.FirstOrDefault(m => m.Start >= from && m.Actor != mention.Actor && context.Actor(m.Actor).Kind == ActorKind.Person);
            var pronoun = line.Words.FirstOrDefault(w => w.Start >= from && Pronouns.ContainsKey(w.Text) && (nextPerson is null || w.Start < nextPerson.Start));
            if (pronoun.Text is not null)
                return Pronouns[pronoun.Text];
            if (nextPerson is not null)
                return null;
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}-])(?<word>\p{L}+)\.?,?\s+$")]
    private static partial Regex WordBefore();
}
