using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Offices: an answer must give the office asked, not another or a lesser one.</summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// The role a question asks about ("defense minister", "prime minister") when the person answered holds
    /// another: the word before the kind of person must be in the person's role or name. An answer from a sentence
    /// alone must say the role in its words ("the head of the committee on defense" is no defense minister).
    /// </summary>
    private static string? OtherRole(Turn t, Reply reply)
    {
        if (t.Q.Intent == Intent.YesNo || !t.Q.Tokens.Any(w => PersonKinds.Contains(Text.Stemmer.Stem(w))) || t.Q.Tokens.Contains("or"))
            return null;
        return OtherRoleOfHolders(t, reply);
    }

    /// <summary>The rest of <see cref="OtherRole"/>, apart so that its lambdas are made only for questions naming a kind of person.</summary>
    private static string? OtherRoleOfHolders(Turn t, Reply reply)
    {
        // Who the answer rests on: the fact itself, its speaker or holder, or the persons it is declared about (one of
        // them must hold the role). A yes/no claim names the role to check it (above); "an official or an expert?"
        // offers roles to choose from.
        List<string> holders;
        if (reply.Fact is null)
            holders = [.. reply.Answer.Evidence.Select(e => e.Quote)];
        else
        {
            var acting = reply.Fact.Fact switch { Statement s => s.Speaker, Position p => p.Actor, _ => null };
            var persons = reply.Fact.Fact is Actor { Kind: ActorKind.Person } actor ? [actor]
                : acting is not null && t.Index.Find(acting) is { IsActor: true } speaker ? [speaker.Actors[0]]
                : reply.Fact.Declared.Select(t.Index.Find).Where(e => e is { IsPerson: true }).Select(e => e!.Actors[0]).ToList();
            holders = [.. persons.Select(p => p.Role + " " + p.Name)];
            // "how does X's view differ from the envoy's?": each side compared is shown in its own words, and may hold the role;
            // "when did X rebuke the harbour officials?" names the office in what happened, which the answer may say.
            if (t.Q.Intent is Intent.Compare or Intent.When)
                holders.AddRange(reply.Answer.Evidence.Skip(t.Q.Intent is Intent.Compare ? 1 : 0).Select(e => e.Quote));
        }
        // A fact naming no person to hold the role rests on its sentence.
        if (holders.Count == 0)
            holders = [.. reply.Answer.Evidence.Select(e => e.Quote)];
        if (holders.Count == 0)
            return null;
        var tokens = t.Q.Tokens;
        // "who is replacing X as prime minister?": X's office says whose place is taken; the answer need not hold it.
        // "who said the deal may not please its busiest mayor?": an office among the words said is no one asked for.
        var end = Math.Min(Math.Min(WhoAnswerer.NamedOfficeAt(t) ?? tokens.Count, TopicStart(t)), SaidWords.Start(t.Q) ?? tokens.Count);
        for (var i = 1; i < end; i++)
        {
            var modifier = tokens[i - 1];
            // "which three persons": a count, not a kind of person.
            // "the threat facing President X": a title before a name says who is meant, and asks for no one of that office.
            if (!PersonKinds.Contains(Text.Stemmer.Stem(tokens[i])) || Vocabulary.Stopwords.Contains(modifier) || Vocabulary.Phrasing.Contains(modifier)
                || t.Q.Mentions.Any(m => m.Pronoun is null && m.Start == i + 1)
                || Vocabulary.NumberWords.Contains(modifier) || modifier.AllChars(char.IsAsciiDigit)
                // "pro-European people", "anti-war activists": a side taken says who is meant, no office.
                || (i >= 2 && StancePrefixes.Contains(tokens[i - 2]))
                // "the regime's officers": whose they are, not which office.
                || OwnerOf(t.Q.Text, modifier, tokens[i])
                || t.Index.Linker.MentionedIn(modifier).Count > 0
                // "X's priorities as incoming prime minister": the office is said of the person the question names.
                || (t.Q.Entities.Any(t.IsPerson) && AsBefore(tokens, i))
                // A sentence or several persons are checked for an office only: "Western leaders" may be "German President X".
                || ((reply.Fact is null || holders.Count > 1) && !TitleKinds.Contains(Text.Stemmer.Stem(tokens[i]))))
                continue;
            // "defense minister": the head of a defense committee is no minister; "defense official" asks less.
            bool Holds(string holder) => Words.Stems(holder) is var held && t.Index.Covers(held, Text.Stemmer.Stem(modifier))
                && (!TitleKinds.Contains(Text.Stemmer.Stem(tokens[i])) || t.Index.Covers(held, Text.Stemmer.Stem(tokens[i])))
                && !OnlyBelow(tokens, Text.Tokenizer.Tokens(holder), modifier, tokens[i]);
            if (!holders.Any(Holds))
                return $"{modifier} {tokens[i]}";
        }
        return null;
    }

    /// <summary>"as" within a few words before the office at <paramref name="kind"/>: "as (the new) prime minister".</summary>
    private static bool AsBefore(IReadOnlyList<string> tokens, int kind) =>
        Enumerable.Range(Math.Max(0, kind - AsReach), Math.Min(kind, AsReach)).Any(j => tokens[j] == "as");

    /// <summary>How far before an office "as" may stand: "as the incoming prime minister" is four words.</summary>
    private const int AsReach = 4;

    /// <summary>The first halves of "pro-European", "anti-war": a word after one names a side, not an office.</summary>
    private static readonly HashSet<string> StancePrefixes = new(StringComparer.Ordinal) { "pro", "anti" };

    /// <summary>Words making an office another one below it or past: a "deputy prime minister" is no prime minister.</summary>
    private static readonly HashSet<string> LesserRanks = new(StringComparer.Ordinal) { "deputy", "vice", "assistant", "former", "ex" };

    /// <summary>
    /// Whether the holder's words give the office asked ("prime minister") only under a lesser rank the question does
    /// not ask ("former deputy prime minister").
    /// </summary>
    internal static bool OnlyBelow(IReadOnlyList<string> asked, IReadOnlyList<string> holder, string modifier, string kind)
    {
        var (m, k) = (Text.Stemmer.Stem(modifier), Text.Stemmer.Stem(kind));
        var offices = Enumerable.Range(0, Math.Max(0, holder.Count - 1))
            .Where(j => Text.Stemmer.Stem(holder[j]) == m && Text.Stemmer.Stem(holder[j + 1]) == k).ToList();
        return offices.Count > 0 && offices.All(j => j > 0 && LesserRanks.Contains(holder[j - 1]) && !asked.Contains(holder[j - 1]));
    }
}
