using Bot.Engine.Model;
using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Checks of a yes/no claim against the fact chosen to answer it, beyond its words: whether the fact only wishes
/// or plans what the claim says happened, whether it says that it has ended, and whether it puts things in other
/// places or moves them the other way.
/// </summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the fact puts what the claim says happened in a wish, demand, plan or fear ("called for the
    /// resignation"), while the claim itself speaks of no intent, opinion or future.
    /// </summary>
    public static bool Unrealised(Turn t, IReadOnlyList<string> stems)
    {
        // Every claim word the fact holds must stand in the scope of such a word: "open to a potential deployment"
        // confirms "was X open to a deployment?", since "open" stands outside it.
        // Most facts hold no such word: the claim need not be read for them, nor a set made of the words in scope.
        HashSet<int>? inScope = null;
        for (var i = 0; i < stems.Count; i++)
        {
            if (!Vocabulary.Unrealised.Contains(stems[i]) || RefusedOutright(stems, i) || PurposeOfThingDescribed(t, stems, i)
                || (Vocabulary.UnrealisedOnlyBefore.TryGetValue(stems[i], out var next) && !Followed(stems, i, next)))
                continue;
            for (int j = i + 1, end = ScopeEnd(stems, i); j < stems.Count && j <= end; j++)
                (inScope ??= []).Add(j);
        }
        if (inScope is null)
            return false;
        var (speaksOfIntent, claim, named) = ClaimOfDeedOf(t);
        if (speaksOfIntent)
            return false;
        // Names in the fact are who or what it is about, not what is claimed to have happened; with nothing else
        // to go on, a topic's words are ("has the harbour been dredged?").
        var held = Enumerable.Range(0, stems.Count).Where(i => claim.Contains(stems[i]) && !named.Contains(stems[i])).ToList();
        if (held.Count == 0)
            held = [.. Enumerable.Range(0, stems.Count).Where(i => claim.Contains(stems[i]))];
        // "the town council could give funds": before a modal stands who would do it, not what would happen, unless
        // a fear or wish already holds it ("concerned that sending troops could trigger ...").
        // Only within the modal's own clause: "X seized all of Y, but it could not take Z" puts the seizure before a
        // "but", which opens a clause of its own, and what it holds stays held.
        var modal = Enumerable.Range(0, stems.Count).FirstOrDefault(i => Modals.Contains(stems[i]), -1);
        if (modal >= 0)
        {
            var clauseStart = Enumerable.Range(0, modal).LastOrDefault(i => Vocabulary.Contrasts.Contains(stems[i]), -1);
            held = [.. held.Where(i => i > modal || i < clauseStart || inScope.Contains(i))];
        }
        held = WithoutDoer(t.Q.Tokens, stems, held, inScope);
        return inScope.Count > 0 && held.Count > 0 && held.All(inScope.Contains);
    }

    /// <summary>
    /// "a tool that seeks to build pressure" of "is it a tool that builds pressure?": what a thing is meant to do, told in a
    /// clause on the noun the claim describes the same way, says what the thing is, not a deed left undone.
    /// </summary>
    private static bool PurposeOfThingDescribed(Turn t, IReadOnlyList<string> stems, int i)
    {
        if (i < 2 || stems[i - 1] is not ("that" or "which"))
            return false;
        var tokens = t.Q.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k + 1] is "that" or "which" && Text.Stemmer.Stem(tokens[k]) == stems[i - 2])
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a word that leaves something undone only before certain words has one: right after it ("called for"), or
    /// for a request, after the one asked ("asked the national council to send ships": the council was asked, not sent).
    /// </summary>
    private static bool Followed(IReadOnlyList<string> stems, int i, string[] next) =>
        (i + 1 < stems.Count && next.Contains(stems[i + 1]))
        || (Vocabulary.Requests.Contains(stems[i]) && stems.Skip(i + 2).Take(RequestReach).Contains("to"));

    /// <summary>How many words may name the one asked before the "to" of what they were asked to do.</summary>
    private const int RequestReach = 4;

    /// <summary>
    /// "said it would not enforce them", "could not stop them": a modal denied tells what is not done, which the claim's
    /// negations are held against, rather than what may yet happen; "might not" still leaves it open.
    /// </summary>
    private static bool RefusedOutright(IReadOnlyList<string> stems, int i) =>
        stems[i] is "would" or "could" && i + 1 < stems.Count && Vocabulary.NegationStems.Contains(stems[i + 1]);

    /// <summary>
    /// Whether what the fact leaves unrealised it reports as only attempted ("tried to detain the tanker"), which news
    /// writes of what failed; a claim asking itself about an attempt ("did they try to ...?") is answered as it asks.
    /// </summary>
    public static bool OnlyAttempted(Turn t, IReadOnlyList<string> stems) =>
        stems.AnyIn(Vocabulary.Attempts) && !t.Q.Tokens.Any(w => Vocabulary.Attempts.Contains(Text.Stemmer.Stem(w)));

    /// <summary>
    /// Whether the claim speaks of now ("is X still ...?", "is X the minister?") and the fact puts what it claims
    /// after a word saying it has ended ("until last year", "former", "rotated out from his position as", "the guards who
    /// used to patrol it", "once a haven for").
    /// </summary>
    public static bool Ended(Turn t, IReadOnlyList<string> stems, IReadOnlyList<string> content)
    {
        var tokens = t.Q.Tokens;
        var now = tokens.Any(w => Vocabulary.Present.Contains(Text.Stemmer.Stem(w))) || tokens[0] is "is" or "are";
        if (!now || tokens.Any(w => Vocabulary.Ended.Contains(Text.Stemmer.Stem(w))))
            return false;
        var named = t.Q.Entities.SelectMany(e => EntityStems(t.Index, e)).ToHashSet(StringComparer.Ordinal);
        var claim = content.Where(w => !named.Contains(w)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < stems.Count; i++)
        {
            // "stronger than it had previously": a comparison with the past, not something that has ended.
            if (!EndsHere(stems, i) || stems.Skip(Math.Max(0, i - ComparisonReach)).Take(Math.Min(i, ComparisonReach)).Contains("than"))
                continue;
            for (var j = i + 1; j < stems.Count && j <= i + UnrealisedScope; j++)
            {
                if (claim.Contains(stems[j]))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "are the peaks still snow-capped?" of "the peaks are normally snow-capped. Yet now only bare rock shows": the claim
    /// asks of now, and the text says what is usual or has long been so and then turns against it, later in the sentence
    /// or at the start of the next one (<paramref name="next"/>), which tells what holds now.
    /// </summary>
    public static bool UsualNotNow(Turn t, IReadOnlyList<string> stems, Func<IReadOnlyList<string>> next)
    {
        if (!t.Q.Tokens.Any(w => Vocabulary.Present.Contains(Text.Stemmer.Stem(w))) || t.Q.Tokens.Any(w => Vocabulary.Usual.Contains(Text.Stemmer.Stem(w))))
            return false;
        var usual = Enumerable.Range(0, stems.Count).FirstOrDefault(i => Vocabulary.Usual.Contains(stems[i]), -1);
        return usual >= 0 && (stems.Skip(usual + 1).Any(Vocabulary.Contrasts.Contains) || (next() is [var first, ..] && Vocabulary.Contrasts.Contains(first)));
    }

    /// <summary>
    /// Whether a word says what follows has ended: one of <see cref="Vocabulary.Ended"/>, or "used to" and "once a",
    /// whose words alone say nothing of the past ("used in the attack", "once they agree").
    /// </summary>
    private static bool EndsHere(IReadOnlyList<string> stems, int i) => Vocabulary.Ended.Contains(stems[i])
        || (i + 1 < stems.Count && ((stems[i] == UsedStem && stems[i + 1] == "to") || (stems[i] == OnceStem && stems[i + 1] is "a" or "an")));

    private static readonly string UsedStem = Text.Stemmer.Stem("used");
    private static readonly string OnceStem = Text.Stemmer.Stem("once");

    /// <summary>
    /// The absolute word of a claim ("only", "completely", "usually") that the fact's sentence does not say, in
    /// its words or a general synonym's: the claim goes further than the article.
    /// </summary>
    public static string? Overclaim(Turn t, string sentence)
    {
        var tokens = t.Q.Tokens;
        // "every month", "each year": how often, as "a month" says, not how absolutely. "not only X" claims more than X, not X alone.
        var at = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => Vocabulary.Absolutes.Contains(tokens[i])
            && !(tokens[i] is "every" or "each" && i + 1 < tokens.Count && Vocabulary.TimeUnits.Contains(tokens[i + 1]))
            && !(i > 0 && Words.IsAdditiveNot(tokens, i - 1)), -1);
        if (at < 0)
            return null;
        var absolute = tokens[at];
        var stems = Words.Stems(sentence);
        // "only the floods?" of "the drought, not only the floods": the sentence's "only" is added to, which gainsays the claim's.
        var stem = Text.Stemmer.Stem(absolute);
        var additive = Enumerable.Range(1, Math.Max(0, stems.Count - 1)).Where(i => stems[i] == stem).ToList() is { Count: > 0 } said
            && said.All(i => Words.IsAdditiveNot(stems, i - 1));
        // Denied of "any", a thing is denied of every one: "free of tolls from every port?" of "not tolled
        // by any port" goes no further than the article.
        if (absolute is "every" or "all" && t.Q.NegationStems.Count > 0 && stems.Contains("any") && stems.Any(Vocabulary.NegationStems.Contains))
            return null;
        return !additive && t.Index.CoversLoosely(stems, stem) ? null : absolute;
    }

    /// <summary>
    /// "has the bridge already been built?" of "a bridge, scheduled to open next year": the claim says it has happened
    /// by now, and the fact puts a plan, schedule or expectation next to what the claim is about: close after it, or
    /// before it as far as such a word reaches ("considering downgrading ties and freezing aid").
    /// </summary>
    public static bool NotYet(Turn t, string sentence)
    {
        if (!t.Q.Tokens.AnyIn(Vocabulary.Already))
            return false;
        var words = Text.Tokenizer.Tokens(sentence, lowercase: false);
        var stems = words.Select(w => Text.Stemmer.Stem(w.ToLowerInvariant())).ToList();
        // "already built?" of "a vote would be close, but it is already built": a plan before the claim's "already" is done with.
        var done = t.Q.Tokens.Contains(DoneWord) ? stems.LastIndexOf(DoneWord) : -1;
        // What the claim is about: its words, and the names of its actors however the fact writes them ("the UK").
        var about = new HashSet<int>(Enumerable.Range(0, stems.Count).Where(i => t.Q.Residual.Contains(stems[i])));
        foreach (var mention in t.Index.Linker.LinkText(sentence).Where(m => m.Candidates.Any(t.Q.Entities.Contains)))
            about.UnionWith(Enumerable.Range(mention.Start, mention.Length));
        for (var i = done + 1; i < stems.Count; i++)
        {
            if (Vocabulary.Unrealised.Contains(stems[i]) && !Vocabulary.UnrealisedOnlyBefore.ContainsKey(stems[i])
                && about.Any(j => j >= i ? j - i <= UnrealisedScope : i - j <= NotYetReach))
                return true;
        }
        return false;
    }

    /// <summary>The word of <see cref="Vocabulary.Already"/> that says a thing is done, which a plan before it in the sentence does not undo.</summary>
    private const string DoneWord = "already";

    /// <summary>Of <see cref="Vocabulary.Unrealised"/>, the words that follow who would do it: modal verbs and "claimed to".</summary>
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "could", "might", "would", "claim" };

    /// <summary>How many words before "previously" a "than" makes it a comparison ("than it had previously").</summary>
    private const int ComparisonReach = 4;

    /// <summary>How far from a plan or schedule word ("expected to host") what the claim is about may stand.</summary>
    private const int NotYetReach = 4;

    /// <summary>How many words after "called for", "plans to" still stand in what is wished or planned ("the resignation of the town council").</summary>
    private const int UnrealisedScope = 8;

    /// <summary>
    /// Where the reach of a plan or wish word at <paramref name="i"/> ends: its scope, carried on by each infinitive
    /// inside it for the verb and its object ("meant to fly to X on November 19th to meet Y": the meeting was planned too).
    /// </summary>
    private static int ScopeEnd(IReadOnlyList<string> stems, int i)
    {
        var end = i + UnrealisedScope;
        for (var k = i + 1; k < stems.Count && k <= end; k++)
        {
            if (stems[k] == "to")
                end = Math.Max(end, k + InfinitiveReach);
        }
        return end;
    }

    /// <summary>How many words after a "to" in a plan's scope the plan still reaches: the verb and a word or two of its object.</summary>
    private const int InfinitiveReach = 3;

    private static bool IsMovement(string preposition) => preposition is "from" or "to";

    /// <summary>
    /// The mentions, with the actors named inside a topic's longer name added: "sought to purchase arms from Borduria",
    /// linked whole as a topic, still puts Borduria after "from".
    /// </summary>
    private static List<Mention> WithActorsInsideTopics(KnowledgeIndex index, IReadOnlyList<Mention> mentions, List<string> words)
    {
        var all = new List<Mention>();
        foreach (var m in mentions)
        {
            all.Add(m);
            if (m.Length < 2 || m.Pronoun is not null || m.Candidates.Any(id => index.Find(id) is { IsActor: true }))
                continue;
            all.AddRange(index.Linker.Link([.. words.Skip(m.Start + 1).Take(m.Length - 1)])
                .Where(inner => inner.Pronoun is null && inner.Candidates.Count > 0 && index.Find(inner.Candidates[0]) is { IsActor: true })
                .Select(inner => inner with { Start = inner.Start + m.Start + 1 }));
        }
        return all;
    }

    /// <summary>
    /// The places named after "from", "to", "in" or "at" ("inside" is "in", "into" is "to"), with where each name starts.
    /// A name written as an owner there is no place: "opposition to Ruritania's decision", "moved it to Ruritanian pressure".
    /// </summary>
    private static List<(string Word, string Id, int At)> Directions(string text, IReadOnlyList<string> tokens, IReadOnlyList<Mention> mentions) =>
        [.. mentions.Where(m => m.Pronoun is null && m.Start > 0 && m.Candidates.Count > 0 && Preposition(tokens, m.Start - 1) is not null
                && !WrittenAsOwnerAt(text, tokens, m))
            .Select(m => (Preposition(tokens, m.Start - 1)!, m.Candidates[0], m.Start))];

    /// <summary>
    /// The preposition at <paramref name="at"/> as a direction. "cut off from X" or "barred from X" keeps one apart from X,
    /// and "access to X" is a hold on it: neither moves anything, so its "from" or "to" turns no movement round. What
    /// "originated in X" is from X, so a claim that it came from another country is gainsaid.
    /// </summary>
    private static string? Preposition(IReadOnlyList<string> tokens, int at) => tokens[at] switch
    {
        "from" when at > 0 && KeptApart.Contains(tokens[at - 1]) => "apart from",
        "to" when at > 0 && tokens[at - 1] == "access" => "access to",
        "in" when at > 0 && OriginVerbs.Contains(tokens[at - 1]) => "from",
        "from" or "to" or "in" or "at" or "by" => tokens[at],
        "inside" => "in",
        "into" => "to",
        _ => null,
    };

    /// <summary>Verbs after which "in X" says where something is from ("originated in X", "born in X").</summary>
    private static readonly HashSet<string> OriginVerbs = new(StringComparer.Ordinal) { "originated", "originate", "originates", "originating", "born" };

    /// <summary>Words before a "from" that say one is kept from something rather than coming from it.</summary>
    private static readonly HashSet<string> KeptApart = new(StringComparer.Ordinal) { "off", "barred", "banned", "excluded", "exempt", "isolated" };

    /// <summary>
    /// Whether the claim names a capital as the city ("did the senators visit Kyiv?", "was it recorded in Kyiv?") and
    /// the text never writes it: articles name a government by its capital ("ties with Kyiv"), so the country the city
    /// stands for is found in a text about another of its towns, which does not confirm the city.
    /// </summary>
    public static bool CityUnsaid(Turn t, string text) =>
        t.Q.Mentions.Any(m => m.Pronoun is null && m.Start > 0 && Vocabulary.BeforeAPlace.Contains(t.Q.Tokens[m.Start - 1])
            && string.Join(' ', t.Q.Tokens.Skip(m.Start).Take(m.Length)) is var city && Capitals.Contains(city) && !text.Contains(city, StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> Capitals = [.. Extraction.Countries.All.Select(c => c.Capital?.ToLowerInvariant()).OfType<string>()];

    /// <summary>How many words before a thing may say whose it is ("the Bordurian defence ministry's").</summary>
    private const int OwnerWindow = 3;

    /// <summary>
    /// Whether the thing the claim gives as someone's ("Ruritania's defence ministry") the text gives only as another's of
    /// the same kind ("the Bordurian defence ministry"): the same role, another actor in it.
    /// </summary>
    public static bool AnothersThing(Turn t, string text)
    {
        var q = t.Q;
        // The text's words are read only for a claim that writes a name as an owner, which most claims do not.
        IReadOnlyList<string>? words = null;
        List<string>? stems = null;
        foreach (var (mention, owner) in OwnersNamed(t))
        {
            if (words is null || stems is null)
            {
                var clean = Text.TextNormalizer.Clean(text);
                words = Text.Tokenizer.Tokens(clean, lowercase: false);
                stems = Text.Tokenizer.Tokens(clean).Select(Text.Stemmer.Stem).ToList();
            }
            // The words right after the name are what the claim says is its.
            var things = q.Tokens.Skip(mention.Start + mention.Length).Take(ThingWords)
                .Select(Text.Stemmer.Stem).TakeWhile(q.Residual.Contains).ToHashSet(StringComparer.Ordinal);
            var owners = Enumerable.Range(0, stems.Count).Where(k => things.Contains(stems[k]))
                .Select(k => t.Index.Linker.MentionedIn(string.Join(' ', words.Skip(Math.Max(0, k - OwnerWindow)).Take(Math.Min(k, OwnerWindow))), actorsOnly: true))
                .ToList();
            if (owners.Count > 0 && !owners.Any(o => o.Contains(owner.Id)) && owners.Any(o => o.Any(id => YesNoAnswerer.SameKind(t.Index, id, owner.Id))))
                return true;
        }
        return false;
    }

    /// <summary>The actors a claim names as owners, with their mentions, by question: a claim is held against text after text.</summary>
    private static readonly QuestionMemo<List<(Mention Mention, Entity Owner)>> ClaimedOwners = new();

    private static List<(Mention Mention, Entity Owner)> OwnersNamed(Turn t) => ClaimedOwners.Get(t, static t =>
    {
        var owners = new List<(Mention Mention, Entity Owner)>();
        foreach (var mention in t.Q.Mentions)
        {
            if (mention.Pronoun is null && mention.Candidates.Count == 1 && t.Index.Find(mention.Candidates[0]) is { IsActor: true } owner && Owns(t.Q, mention))
                owners.Add((mention, owner));
        }
        return owners;
    });

    /// <summary>Whether the claim writes the name as an owner: "Ruritania's" or "Ruritanian", not "Ruritania hosted".</summary>
    private static bool Owns(Pipeline.ParsedQuestion q, Mention mention) =>
        string.Join(' ', q.Tokens.Skip(mention.Start).Take(mention.Length)) is var name
        && (Demonyms.Contains(name) || WrittenAsOwner(q.Text, name));

    /// <summary>Whether the text has the name as a whole word followed by "'s" or "’s" and the end of a word.</summary>
    internal static bool WrittenAsOwner(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && end + 1 < text.Length && text[end] is '\'' or '\u2019'
                && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> Demonyms = [.. Extraction.Countries.All.SelectMany(c => c.Demonyms).Select(d => d.ToLowerInvariant())];

    /// <summary>How many words after a name may say what of it the claim speaks of ("defence ministry").</summary>
    private const int ThingWords = 2;
}
