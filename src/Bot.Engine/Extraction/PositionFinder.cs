using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Positions: a stance cue with its holder and the topic its object is about; and, for each statement, the
/// view its speaker states (stance from the cues in what was said, else neutral).
/// </summary>
internal static partial class PositionFinder
{
    private const int ObjectWords = 10;
    private const int QuoteWords = 24;

    public static List<Position> Find(DraftContext context, IReadOnlyList<(Statement Statement, Line Line, int VerbEnd)> statements)
    {
        var positions = new List<Position>();
        var taken = new HashSet<(Line, string)>();
        var authors = context.Authors;
        foreach (var line in context.Reporting)
        {
            var used = new List<(int Start, int End)>();
            var onLine = new List<Position>();
            foreach (var cue in StanceCues.All)
            {
                foreach (System.Text.RegularExpressions.Match match in cue.Pattern.Matches(line.Text))
                {
                    if (used.Any(u => u.Start < match.Index + match.Length && match.Index < u.End))
                        continue;
                    // "received no pushback from X", "without dissent from Y": dissent denied is no stance.
                    var after = cue.Holder == Holder.After && !Denied().IsMatch(line.Text[..match.Index]) ? NamedAfter(line, match.Index + match.Length) : null;
                    var holders = after is not null ? [after.Actor] : cue.Holder == Holder.After ? [] : Holders(context, line, cue.Holder, match.Index, statements);
                    if (holders.Count == 0)
                        continue;
                    used.Add((match.Index, match.Index + match.Length));
                    // "dissent from veterans over the deployment": what the stance is on follows the name of who holds it; with
                    // nothing after the name ("refused to deploy, fearing dissent from veterans"), it is what the sentence's other stance is on.
                    var cueEnd = after?.End ?? match.Index + match.Length;
                    var nothingAfter = after is not null && !line.Words.Any(w => w.Start >= cueEnd && w.End <= ClauseEnd(line.Text, cueEnd));
                    var prior = nothingAfter ? onLine.LastOrDefault() : null;
                    if (nothingAfter && prior is null)
                        continue;
                    foreach (var holder in holders)
                    {
                        taken.Add((line, holder));
                        onLine.Add(Make(context, line, holder, cue.Stance, match.Index, cueEnd, nounPhrase: cue.Holder == Holder.Possessor,
                            given: prior is null ? null : context.Topics.All.First(t => t.Id == prior.Topic),
                            named: cue.NamesTopic ? NameAfterPrefix(context, line, match.Index + match.Length - 1)
                                : cue.TopicNamedAfter && NamedAfter(line, match.Index + match.Length) is { } other ? (other.Start, other.End) : null));
                    }
                }
            }
            positions.AddRange(onLine);
        }
        foreach (var (statement, line, verbEnd) in statements)
        {
            // '..., he said.': a tag closing the sentence follows what was said.
            var said = line.Words.Any(w => w.Start >= verbEnd) ? verbEnd : 0;
            if (!taken.Add((line, statement.Speaker)))
                continue;
            var stance = StanceCues.Of(line.Text[said..]);
            positions.Add(Make(context, line, statement.Speaker, stance == Stance.Neutral ? StanceCues.SideOf(context.Actor(statement.Speaker).Name) : stance, said, said));
        }
        // The authors' own judgements: unattributed forecasts and conclusions ("is likely to", "Therefore, ..."),
        // held by each author a joint byline names.
        foreach (var line in context.Reporting.Where(l => authors.Count > 0 && !statements.Any(s => s.Line == l)))
        {
            var match = AuthorView().Match(line.Text);
            // "officials admit that a case could take years": a view after someone else's reporting verb is theirs.
            if (match.Success && !Verbs.FindReporting(line.Text).Any(r => r.End <= match.Index))
                positions.AddRange(authors.Select(author => Make(context, line, author.Id, Stance.Neutral, match.Index, match.Index + match.Length, Modal().IsMatch(match.Value))));
        }
        return positions;
    }

    /// <summary>The actor named right after a cue, past a determiner or quantifier at most ("from the veterans", "among some MPs").</summary>
    private static Mention? NamedAfter(Line line, int cueEnd)
    {
        var mention = line.Mentions.FirstOrDefault(m => m.Start >= cueEnd && !m.Possessive);
        if (mention is null)
            return null;
        var between = line.Words.Where(w => w.Start >= cueEnd && w.End <= mention.Start).ToList();
        return between.Count == 0 || (between.Count == 1 && between[0].Lower is "the" or "some" or "many" or "most" or "several") ? mention : null;
    }

    private static IReadOnlyList<string> Holders(DraftContext context, Line line, Holder holder, int cueStart,
        IReadOnlyList<(Statement Statement, Line Line, int VerbEnd)> statements)
    {
        switch (holder)
        {
            case Holder.Speaker:
                var reported = statements.Where(s => s.Line == line && s.VerbEnd <= cueStart).Select(s => s.Statement.Speaker).ToList();
                return reported;
            case Holder.Possessor:
                if (context.Subjects.Possessor(line, cueStart) is { } possessor)
                    return [possessor];
                if (BodyOfAdjective(context, line, cueStart) is { } body)
                    return [body];
                var before = line.Text[..cueStart];
                // "X expressed opposition to": the noun's holder is whoever expressed it.
                var verb = System.Text.RegularExpressions.Regex.Match(before, @"\b(?:expressed|voiced|showed|shown|signalled|signaled)\s+(?:\w+\s+){0,2}$");
                return verb.Success ? context.Subjects.Of(line, verb.Index) : [];
            default:
                return context.Subjects.Of(line, cueStart);
        }
    }

    /// <summary>
    /// "parliamentary resistance to", "public opposition to": an adjective of a body right before the stance noun holds it
    /// when the article names that body by its noun ("the Ruritanian parliament", "the public") and names one such.
    /// </summary>
    private static string? BodyOfAdjective(DraftContext context, Line line, int cueStart)
    {
        var adjective = line.Words.LastOrDefault(w => w.End <= cueStart);
        if (adjective.Text is null || !Words.Adjacent(line.Text, adjective, line.Words.First(w => w.Start >= cueStart)) || !BodyAdjectives.TryGetValue(adjective.Lower, out var noun))
            return null;
        var bodies = context.Actors.Where(a => a.Kind != ActorKind.Person && a.Names.Any(n => n.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase) || n.Equals(noun, StringComparison.OrdinalIgnoreCase))).Take(2).ToList();
        return bodies.Count == 1 ? bodies[0].Id : null;
    }

    /// <summary>Adjectives that stand for a body: "parliamentary" for a parliament, "public" and "popular" for the public.</summary>
    private static readonly Dictionary<string, string> BodyAdjectives = new(StringComparer.Ordinal)
    {
        ["parliamentary"] = "parliament", ["public"] = "public", ["popular"] = "public", ["congressional"] = "congress", ["governmental"] = "government",
    };

    /// <summary>
    /// "pro-Valdor": the name the prefix is joined to, from its capital to the end of the hyphenated word, when it is a
    /// name of an actor of the article; "pro-Western" names no one, and what follows says what the stance is on.
    /// </summary>
    private static (int Start, int End)? NameAfterPrefix(DraftContext context, Line line, int capital)
    {
        if (line.Words.FirstOrDefault(w => w.Start <= capital && capital < w.End) is not { Text: not null } word)
            return null;
        var name = line.Text[capital..word.End];
        return context.Actors.Any(a => a.Names.Contains(name, StringComparer.Ordinal)) ? (capital, word.End) : null;
    }

    /// <param name="predicate">The object starts with a verb ("X basks in ...", "must be ..."), so its topic is what the verb is about.</param>
    /// <param name="nounPhrase">
    /// The cue is a noun ("X's support for a neutral bloc can be explained by ..."): its object is the sentence's
    /// subject, ending where the sentence's verb begins.
    /// </param>
    /// <param name="named">Where the cue itself names what the stance is on ("pro-Valdor"): that name is the topic.</param>
    /// <param name="given">The topic when the sentence's wording already settled it.</param>
    public static Position Make(DraftContext context, Line line, string holder, Stance stance, int cueStart, int cueEnd, bool predicate = false, bool nounPhrase = false,
        (int Start, int End)? named = null, TopicDraft? given = null)
    {
        var objectEnd = Math.Min(line.Text.Length, ClauseEnd(line.Text, cueEnd));
        var objectWords = line.Words.Where(w => w.Start >= cueEnd && w.End <= objectEnd).Take(ObjectWords).ToList();
        // "X noted in March, the port ...": a clause that only dates the verb leaves the view to the next one; so, in what a
        // speaker said, does a lone word opening it ("Nobody, ...", "In addition, ...") or a clause only naming the speaker
        // (", says Mr X, the port ..."), whose view begins with the sentence when words of its own stand before the verb.
        var said = cueStart == cueEnd;
        var pointed = said ? null : PointingBack.Antecedent(context, line, cueStart, cueEnd);
        while (pointed is null && objectWords.Count > 0 && objectEnd < line.Text.Length && (objectWords.All(IsDating) || (said && SaysNothing(line, holder, objectWords, lone: cueStart == 0))))
        {
            var restart = said && cueStart > 0 && !objectWords.All(IsDating) && line.Words.Any(w => w.End <= cueStart && IsContent(line, holder, w) && !Verbs.IsReporting(w.Text));
            var nextStart = restart ? 0 : objectEnd + 1;
            var nextEnd = Math.Min(line.Text.Length, ClauseEnd(line.Text, nextStart));
            var nextWords = line.Words.Where(w => w.Start >= nextStart && w.End <= nextEnd).Take(ObjectWords).ToList();
            if (nextWords.Count == 0)
                break;
            said &= !restart;
            (cueEnd, objectEnd, objectWords) = (nextStart, nextEnd, nextWords);
        }
        if (nounPhrase)
            objectWords = BeforeVerb(objectWords);
        // "reject X if a vote were held": a clause of condition or reason is no part of what the stance is on.
        if (objectWords.FindIndex(w => Subordinators.Contains(w.Text)) is > 0 and var clause)
            objectWords = objectWords[..clause];
        var topicEnd = objectWords.Count > 0 ? objectWords[^1].End : objectEnd;
        var topic = given ?? (pointed is not null ? PointingBack.TopicOf(context, pointed) : named is { } name ? context.Topics.Named(line, name.Start, name.End)
            : predicate ? context.Topics.ForPredicate(line, cueEnd, topicEnd) : context.Topics.For(line, cueEnd, topicEnd));
        var mention = line.Mentions.LastOrDefault(m => m.Actor == holder && m.End <= cueStart);
        var from = mention?.Start ?? cueStart;
        var quote = Quotes.Window(line.Text, Math.Min(from, cueStart), line.Text.Length, cueStart, cueEnd, QuoteWords);
        var id = context.Ids.Make($"{context.Actor(holder).Name} on {topic.Name}");
        // What "this" points back to is said with the stance, so the view reads whole: "A believes X. B has denied this."
        var statement = (pointed is not null ? pointed.Text + " " : "") + context.WithElaboration(line, line.Text);
        return new Position(id, holder, topic.Id, stance, statement, [], context.Evidence(line, context.WithElaboration(line, quote)));
    }

    private static bool IsDating(Word word) => NewsWords.Prepositions.Contains(word.Text) || Subjects.IsTime(word) || word.Lower is "last" or "this" or "early" or "late";

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my" };

    /// <summary>
    /// Whether a clause of what was said names only its speaker, or (when <paramref name="lone"/>) holds a single word
    /// with no determiner before it ("Nobody", "literally nobody", "In addition"), not a subject ("The navy").
    /// </summary>
    private static bool SaysNothing(Line line, string holder, List<Word> words, bool lone)
    {
        var content = words.Where(w => IsContent(line, holder, w)).ToList();
        return content.Count == 0 || (lone && content.Count == 1 && !Determiners.Contains(words[0].Text)
            && !line.Mentions.Any(m => m.Start <= content[0].Start && content[0].End <= m.End));
    }

    private static bool IsContent(Line line, string holder, Word word) =>
        !NewsWords.IsFunctionWord(word.Text) && !NewsWords.Honorifics.Contains(word.Text) && !IsDating(word) && !word.Lower.EndsWith("ly", StringComparison.Ordinal)
        && !line.Mentions.Any(m => m.Actor == holder && m.Start <= word.Start && word.End <= m.End);

    private static List<Word> BeforeVerb(List<Word> words)
    {
        // "Ruritania's May 2011 decision": a capital makes "May" the month.
        var verb = words.FindIndex(w => char.IsLower(w.Text[0]) && (NewsWords.Auxiliaries.Contains(w.Text) || ClauseVerbs.Contains(w.Text)));
        // "X's proposal in Y can be ...": a phrase opening on a preposition says where, not what the noun is about.
        return verb > 0 && !NewsWords.Prepositions.Contains(words[0].Text) && words.Take(verb).Any(w => !NewsWords.IsFunctionWord(w.Text)) ? words[..verb] : words;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "if", "unless", "because", "although", "though", "whereas" };

    /// <summary>Verbs of analysis that follow a subject ("X's support for Y reveals a rift"), none of them a noun as well.</summary>
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "reveals", "revealed", "suggests", "suggested", "reflects", "reflected", "highlights", "highlighted", "underscores", "underscored",
        "demonstrates", "demonstrated", "illustrates", "illustrated", "stems", "stemmed", "means", "meant", "shows", "showed", "contrasts", "contrasted",
    };

    /// <summary>Where the clause starting at <paramref name="from"/> ends: the next comma, semicolon, colon or bracket, else the sentence's end.</summary>
    internal static int ClauseEnd(string text, int from)
    {
        var end = ClauseMarks.Next(text, [',', ';', ':', '(', ')'], from);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// Forecasts and conclusions ("is likely to", "Therefore, "), the authors speaking of themselves ("we argue",
    /// "the authors believe", "in our view") and judgement no one else is said to hold ("Ironically, ...",
    /// "there is an urgent need to", "X must ...", "there are indications that", "the lesson is that", "it is time to",
    /// "it would be wrong to"). "risks" is the verb only before what is risked ("risks a revolt", "risks losing"); the noun
    /// judges only when something is said to carry or pose it ("would carry risks"), not in "grave risks." or "political
    /// risks at home".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:is|are) (?:\w+ )?likely to\b|^(?:Therefore|Thus|Hence)\b|\b(?:reveals|underscores|illustrates)\b"
        + @"|\b(?:[Ww]e|I|[Tt]he (?:authors?|writers?)) (?:would )?(?:argue|believe|contend|conclude|suggest|think|propose|recommend|maintain|find|expect)s?\b|\b[Ii]n (?:our|my) (?:view|opinion|assessment)\b"
        + @"|^(?:Ironically|Naturally|Clearly|Arguably|Unfortunately|Crucially|Worryingly|Undoubtedly|Evidently|Paradoxically),|\b[Tt]here is an? (?:\w+ )?need (?:to|for)\b|^Now is the time\b"
        + @"|\b(?:[Mm]ust|[Ss]hould|ought to|needs to|could|will need to)\b|\brisks(?= (?:\w+ing|the|an?|its|their|his|her|our|this|that|further|more|another|new)\b)"
        + @"|\b(?:carry|carries|pose|poses|entail|entails) (?:\w+ )?risks?\b"
        + @"|\b[Tt]here (?:are|is) (?:\w+ )?(?:indications|signs|evidence) that\b|\b(?:lesson|conclusion|takeaway) (?:\w+ ){0,3}(?:is|was) that\b|\b[Ii]t is (?:high )?time to\b"
        + @"|\b[Ii]t would be (?:\w+ )?(?:shortsighted|wrong|naive|a mistake|unwise|foolish|premature) to\b")]
    private static partial System.Text.RegularExpressions.Regex AuthorView();

    /// <summary>A denial right before a noun of stance: "not ... any", "no", "little", "without", "never".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:no|any|little|without|never|not)\s+(?:[\w-]+\s+){0,1}$")]
    private static partial System.Text.RegularExpressions.Regex Denied();

    /// <summary>An author's view ending in a modal ("must", "is likely to"): a verb follows it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[Mm]ust|[Ss]hould|could|\w+ to)$")]
    private static partial System.Text.RegularExpressions.Regex Modal();
}
