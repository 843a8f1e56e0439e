using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>A person's gender from the first "he"/"she" (or "his"/"her") that follows a mention before anyone else is named.</summary>
internal static class Genders
{
    private static readonly Dictionary<string, string> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = "male", ["He"] = "male", ["his"] = "male", ["His"] = "male", ["him"] = "male", ["himself"] = "male",
        ["she"] = "female", ["She"] = "female", ["her"] = "female", ["Her"] = "female", ["herself"] = "female",
    };

    public static void Assign(DraftContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var mention in lines[i].Mentions.Where(m => context.Actor(m.Actor).Kind == ActorKind.Person))
            {
                var person = context.Actor(mention.Actor);
                if (person.Gender is not null)
                    continue;
                person.Gender = Following(context, lines, i, mention);
            }
        }
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
}
