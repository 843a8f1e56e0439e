using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// The third stage decides whether the point of a question is something no article holds. Words no
/// article uses are that point when they are a name (a person, place or body the articles never
/// mention), an attribute (a population, an age, a city), or all the question has; otherwise they are
/// phrasing ("what's the deal with", "in a nutshell") and are set aside so the rest is answered.
/// </summary>
internal static partial class RefusalPolicy
{
    /// <summary>The outcome: refused (with the words that are the point), or the question to answer.</summary>
    public sealed record Decision(ParsedQuestion Question, IReadOnlyList<string> Missing)
    {
        public bool Refused => Missing.Count > 0;
    }

    /// <summary>So many of the articles' own words find a sentence alone: a word they say only in another form is then left aside.</summary>
    private const int OwnWordsEnough = 4;

    public static Decision Decide(ParsedQuestion q)
    {
        q = WithoutPersonKindAsked(WithoutOnsetVerbs(WithoutRankingVerb(WithoutMannerAdverbs(WithoutRecency(WithoutFigureWords(WithoutHedges(q)))))));
        // "put them in chronological order", "a timeline of the key dates from July to November": how to list, not what to find.
        if (q.Intent is Intent.Order or Intent.OnDate)
            q = Without(q, [.. q.Foreign.Where(OrderWords.Contains)]);
        // "what did X warn about?": the verb of reporting asks what X said, in whichever verb the article reports it.
        if (q.Intent is Intent.SpeakerSaid)
            q = Without(q, [.. q.Foreign.Where(w => Vocabulary.ReportingVerbs.Contains(Stemmer.Stem(w)))]);
        // "Number of suspects in custody so far": what to count, not what to find; "so far" only says until now.
        if (q.Intent is Intent.Count)
            q = Without(q, [.. q.Foreign.Where(w => w is "number" or "total" || (w == "far" && q.Words.Contains("so far", StringComparison.Ordinal)))]);
        // "did a Ruritanian firm win the deal?": a detail the answer checks against the fact counts neither for nor against the rest.
        // Decided once: the words of a detail leave the claim, so a second look would no longer see it as one.
        // "does the article say Ruritania signed it?" asks what the article says, and a name it never mentions is a no, not
        // a gap: every strange name of such a claim is a detail.
        var details = q.Details.Count > 0 || q.Intent is not Intent.YesNo || q.ForeignNames.Count == 0 ? q.Details
            : q.ForeignNames.Where(n => q.AboutArticle || IsDetailOfAClaim(q, n)).Select(n => WholeName(q, n)).Distinct().ToList();
        if (details.Count > 0)
            q = Without(q, [.. details.SelectMany(d => d.ToLowerInvariant().Split(' '))]) with { Details = details };
        // "which comparisons does the author use to predict how X will act?": the likening is the point; the rest only
        // ranks the sentences drawing one.
        if (q.AsksLikening)
            q = Without(q, [.. q.Foreign]);
        if (q.Foreign.Count == 0 || q.Intent is Intent.Help or Intent.About or Intent.Author or Intent.Sections or Intent.Source or Intent.Captions)
            return new Decision(q, []);
        // "was it taken in Paris?": a place of the world named as where something happened is checked against where the
        // article says it happened; any other name the articles never mention is the point of the question.
        var names = q.Intent is Intent.YesNo ? q.ForeignNames.Where(n => !IsPlaceOfAClaim(q, n) && !details.Any(d => d.Split(' ').Contains(n))).ToList() : q.ForeignNames;
        if (names.Count > 0)
            return new Decision(q, names);
        // "what office did he hold?": the verb only ties the person to the office asked, whatever words the article gives it in;
        // "in which decade?" beside it asks when, which the role tells.
        // A role word no article uses stays strange: the role given may not say it ("rank" of "an unnamed official").
        if (q.Entities.Count > 0 && q.Foreign.Count > 0 && Vocabulary.AsksOffice(q.Tokens, q.Residual)
            && q.Foreign.All(w => Vocabulary.HoldingOfficeStems.Contains(Stemmer.Stem(w)) || Vocabulary.TenureStems.Contains(Stemmer.Stem(w))))
            return new Decision(Without(q, [.. q.Foreign]), []);
        if (UnnamedKind(q) is { } kind)
            return Refuse(q, [kind]);
        if (UnsaidAttributeOf(q) is { } attribute)
            return Refuse(q, [attribute]);
        // "and his exact title?" asks who someone is; "the title of the report" asks what the article lacks.
        if (q.Entities.Count > 0 && q.Residual.Count > 0 && q.Foreign.CountIn(Vocabulary.RoleWords) == q.Residual.Count
            && !q.Words.Contains(" of ", StringComparison.Ordinal))
            return new Decision(q with { Residual = [], SetAside = q.ForeignStems }, []);
        // "who chairs the council?": a verb no article uses, right after "who", is what is asked.
        // A verb with a general synonym the articles use ("who financed it?" where they say "funded") is asked loosely instead.
        if (q.Tokens.Count > 2 && q.Tokens[0] == "who" && q.Foreign.Contains(q.Tokens[1]) && !q.Synonymous.Contains(Text.Stemmer.Stem(q.Tokens[1])))
            return new Decision(q, [q.Tokens[1]]);
        // "which minister opened the talks?": so is a verb no article uses right after the kind asked.
        if (DeedOfTheKind(q) is { } deed)
            return new Decision(q, [deed]);
        // "what did the summit decide?", "what illness was he diagnosed with?": the verb after the subject is the event
        // asked of. One no article uses, nor a general synonym of it, is an event the article does not report.
        if (AsksWhatHappened(q) is { } verb)
            return new Decision(q, [verb]);
        // An attribute the articles give in other words ("died" where they count "deaths") is no attribute they lack; nor
        // is a claim's word that only describes a word they use ("refused a phone call"). A claim's attribute they say in
        // a general synonym ("got rich" of "made his fortune") is checked in that word.
        var attributes = q.Foreign.Where(w => Vocabulary.AttributeWords.Contains(w) && !q.RestatedAttributes.Contains(Text.Stemmer.Stem(w))
            && !(q.Intent is Intent.YesNo && (DescribesAKnownWord(q, w) || q.Synonymous.Contains(Text.Stemmer.Stem(w))))).ToList();
        if (attributes.Count > 0)
            return Refuse(q, attributes);
        // A yes/no claim made only of words no article uses ("was he ever arrested?") is about something it lacks,
        // unless it asks "is X a Y?" of a person, answered from who the article says X is. With other words to
        // check, the strange ones are set aside and the answer says only what the article does.
        if (q.Intent is Intent.YesNo && q.Residual.All(q.ForeignStems.Contains) && !AsksWhatSomeoneIs(q) && q.Reachable.Count == 0)
            return Refuse(q, q.Foreign);
        // A yes/no claim keeps the words whose opposite or synonym the articles use: the fact saying it checks them.
        if (q.Intent is Intent.YesNo && q.Reachable.Count > 0)
        {
            var aside = q.ForeignStems.Except(q.Reachable).ToList();
            return new Decision(q with { Residual = q.Residual.Where(stem => !aside.Contains(stem)).ToList(), SetAside = aside }, []);
        }
        // Without a name, words the articles use must outnumber those they don't; and when nothing else the
        // articles use is asked, a strange last word is what is asked ("what is the army's gdp", "write me a poem").
        // A word with a general synonym the articles use counts as one of theirs here, and so does one another form of
        // which they use ("executions" where they say "executed").
        var kin = q.Kindred.Count(stem => !q.Synonymous.Contains(stem));
        var known = q.Residual.Count - q.Foreign.Count + q.Synonymous.Count + kin;
        // "why were the veterans angry?" asks the reason, whatever the state it names.
        // A name the articles write counts as one though no actor holds it ("Woeroon: role and volume"), when one strange
        // word at most is asked of it: "payload and range specs of the Shahed" asks what the article lacks.
        var named = q.Entities.Count > 0 || (q.ArticleNames.Count > 0 && q.Foreign.Count <= 1 && q.Intent is not Intent.YesNo);
        if ((!named && q.Date is null && known <= q.Foreign.Count - q.Synonymous.Count - kin)
            || (known == 0 && q.ForeignEnding is not null && q.Intent is not Intent.Why && !(q.Intent is Intent.YesNo && IsStatedIdentity(q))))
            return Refuse(q, q.Foreign);
        // An attribute said in other words stays, to be found in those words ("died" in "four people were killed"); so
        // does a word said in another form, ranked through that form, unless enough of the articles' own words are asked
        // to find the sentence without it.
        var own = q.Residual.Count(stem => !q.ForeignStems.Contains(stem));
        // "who grabbed it?" where the article says "it was seized": the verb is what is asked, so it stays, to be found in
        // its general synonym by the loose reading, rather than leaving "who is it?".
        var kept = q.RestatedAttributes.Concat(own < OwnWordsEnough ? q.Kindred : []).Concat(AskedWhoDid(q)).ToHashSet(StringComparer.Ordinal);
        return new Decision(q with { Residual = q.Residual.Where(stem => !q.ForeignStems.Contains(stem) || kept.Contains(stem)).ToList(), SetAside = q.ForeignStems }, []);
    }

    /// <summary>
    /// The stem of the verb of "who grabbed it?", "who hired him?": right after "who", before a pronoun pointing at what
    /// was spoken of, no article using it but one using a general synonym of it.
    /// </summary>
    private static IEnumerable<string> AskedWhoDid(ParsedQuestion q) =>
        PointsAtWhatWasDone(q) && q.Foreign.Contains(q.Tokens[1]) && Text.Stemmer.Stem(q.Tokens[1]) is var stem && q.Synonymous.Contains(stem)
            ? [stem] : [];

    /// <summary>"who seized it?", "who hired her?": "who", a verb, and a pronoun for what was spoken of as its object.</summary>
    public static bool PointsAtWhatWasDone(ParsedQuestion q) =>
        q.Tokens.Count > 2 && q.Tokens[0] == "who" && q.Mentions.Any(m => m.Pronoun is not null && m.Start == 2);

    /// <summary>
    /// Refused for lack of <paramref name="missing"/>, unless the claim asks whether the article says it: then the
    /// strange words stay to be checked, and a claim the article does not make is answered no.
    /// </summary>
    private static Decision Refuse(ParsedQuestion q, IReadOnlyList<string> missing) =>
        q.Intent is Intent.YesNo && q.AboutArticle ? new Decision(q, []) : new Decision(q, missing);

    /// <summary>
    /// The strange verb of a "what"/"which" question's event ("what did they agree on?"), if it is one. Not a verb of
    /// the article's own ("what does the writer attach to it?"), which says how it puts things, nor one before "to"
    /// ("hope to show", "believed to have"), which leaves the event to the verb after it.
    /// </summary>
    private static string? AsksWhatHappened(ParsedQuestion q)
    {
        if (q.Intent is Intent.YesNo || q.Tokens[0] is not ("what" or "which") || Text.Tokenizer.Tokens(q.Text).Any(Vocabulary.OwnWordsOfTheArticle.Contains)
            || Answerers.EventCheck.AskedEvent(q) is not { } verb || !q.Foreign.Contains(verb))
            return null;
        var at = q.Tokens.IndexOf(verb);
        var stem = Text.Stemmer.Stem(verb);
        // "did finance minister X skip it?", "what did the finance minister say?": a title is part of the subject, not the verb.
        return (at + 1 < q.Tokens.Count && q.Tokens[at + 1] == "to") || q.Synonymous.Contains(stem) || q.RestatedAttributes.Contains(stem)
            || Answerers.AnswerChecks.IsTitleOrBody(stem) || !HasSubjectBefore(q.Tokens, at) ? null : verb;
    }

    /// <summary>
    /// "what did the summit decide?", "what illness has X been diagnosed with?": a subject stands between the auxiliary and
    /// the verb. "which parts have been badly weakened?" asks which things the verb is said of, and the article may say
    /// it in other words.
    /// </summary>
    private static bool HasSubjectBefore(IReadOnlyList<string> tokens, int verb)
    {
        var aux = Enumerable.Range(1, Math.Max(0, verb - 1)).FirstOrDefault(i => Auxiliaries.Contains(tokens[i]));
        return aux > 0 && Enumerable.Range(aux + 1, verb - aux - 1).Any(i => !Vocabulary.Stopwords.Contains(tokens[i]) && tokens[i] != "been"
            && !tokens[i].EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>
    /// "a phone call", "the old Soviet Union": the strange word stands right before a word the articles use, or a name
    /// they give, and describes it.
    /// </summary>
    private static bool DescribesAKnownWord(ParsedQuestion q, string word)
    {
        var at = q.Tokens.IndexOf(word);
        return at >= 0 && at + 1 < q.Tokens.Count && !Vocabulary.Stopwords.Contains(q.Tokens[at + 1]) && !q.Foreign.Contains(q.Tokens[at + 1])
            && (q.Residual.Contains(Text.Stemmer.Stem(q.Tokens[at + 1])) || q.Mentions.Any(m => m.Pronoun is null && m.Start == at + 1));
    }

    /// <summary>A strange name with the capitalised words around it ("Associated Press"): one name, all of it a detail.</summary>
    private static string WholeName(ParsedQuestion q, string name)
    {
        var typed = Text.Tokenizer.Tokenize(q.Text, lowercase: false);
        var at = typed.IndexOf(name);
        if (at < 0)
            return name;
        var (first, last) = (at, at);
        // "Hassan Rouhani Iran's president": a name the articles use ends the strange one.
        bool Strange(int i) => IsCapitalised(typed[i]) && !q.Mentions.Any(m => i >= m.Start && i < m.Start + m.Length);
        while (first > 1 && Strange(first - 1))
            first--;
        while (last + 1 < typed.Count && Strange(last + 1))
            last++;
        return string.Join(' ', typed.Skip(first).Take(last - first + 1));
    }

    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.AllChars(char.IsLower, from: 1);

    /// <summary>The question with strange words that are no part of what it asks taken out of its words to check.</summary>
    internal static ParsedQuestion Without(ParsedQuestion q, HashSet<string> words)
    {
        if (words.Count == 0)
            return q;
        var stems = words.Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        return q with
        {
            Foreign = [.. q.Foreign.Where(w => !words.Contains(w))],
            ForeignStems = [.. q.ForeignStems.Where(stem => !stems.Contains(stem))],
            Residual = [.. q.Residual.Where(stem => !stems.Contains(stem))],
            ForeignEnding = q.ForeignEnding is { } ending && words.Contains(ending) ? null : q.ForeignEnding,
        };
    }

    /// <summary>"was X an envoy?", not "was X arrested?": a name right after "is"/"was", and no strange word that is a verb's past.</summary>
    public static bool AsksWhatSomeoneIs(ParsedQuestion q) =>
        q.Mentions.Count > 0 && !q.Foreign.Any(w => w.EndsWith("ed", StringComparison.Ordinal) && !TiesTo(q, w))
        && ((q.Tokens[0] is "is" or "was" && q.Mentions[0].Start == 1) || IsStatedIdentity(q));

    /// <summary>"is X tied to Y?", "was X affiliated with Y?": a tie to what the article names, not something X went through.</summary>
    private static bool TiesTo(ParsedQuestion q, string word)
    {
        var at = q.Tokens.IndexOf(word);
        return at >= 0 && at + 2 < q.Tokens.Count && q.Tokens[at + 1] is "to" or "with"
            && q.Mentions.Any(m => m.Pronoun is null && m.Start > at + 1 && m.Start <= at + 3);
    }

    /// <summary>"The author is a professor at X, right?": a name, then "is"/"was" and what the claim says they are.</summary>
    public static bool IsStatedIdentity(ParsedQuestion q) => q.Mentions.FirstOrDefault() is { } first && StatesIdentity(q, first);

    /// <summary>
    /// "is the author a ...", "the author is a ...", "the author is based at ...", "X is Ruritania's minister": the claim
    /// says what the one named is.
    /// </summary>
    public static bool StatesIdentity(ParsedQuestion q, Mention mention)
    {
        var end = mention.Start + mention.Length;
        var copula = CopulaLength(q.Tokens, end);
        var next = end + copula;
        return (mention.Start <= 1 && copula > 0 && next < q.Tokens.Count
                && (q.Tokens[next] is "a" or "an" or "the" || NameStartsAt(q, next)
                    || (Vocabulary.AffiliationVerbs.Contains(q.Tokens[next]) && next + 1 < q.Tokens.Count && q.Tokens[next + 1] is "at" or "in" or "for" or "with")))
            || (mention.Start is 1 or 2 && Vocabulary.Copulas.Contains(q.Tokens[0]) && end < q.Tokens.Count && q.Tokens[end] is "a" or "an")
            || (mention.Start is 1 or 2 && q.Tokens[0] is "has" or "had" && end + 1 < q.Tokens.Count && q.Tokens[end] == "been" && q.Tokens[end + 1] is "a" or "an");
    }

    /// <summary>Whether a name (no pronoun) starts at the token. A loop: a lambda over the place would be made for every mention of every question.</summary>
    private static bool NameStartsAt(ParsedQuestion q, int start)
    {
        for (var i = 0; i < q.Mentions.Count; i++)
        {
            if (q.Mentions[i].Start == start && q.Mentions[i].Pronoun is null)
                return true;
        }
        return false;
    }

    /// <summary>How many words at <paramref name="at"/> say what someone is or was: "is", "was", "used to be", "has been".</summary>
    private static int CopulaLength(IReadOnlyList<string> tokens, int at) =>
        at < tokens.Count && tokens[at] is "is" or "was" ? 1
        : at + 1 < tokens.Count && tokens[at] is "has" or "had" && tokens[at + 1] == "been" ? 2
        : at + 2 < tokens.Count && tokens[at] == "used" && tokens[at + 1] == "to" && tokens[at + 2] == "be" ? 3 : 0;

    /// <summary>
    /// "was the report published by the Lakeside Institute?", "a professor at Northfield?": a name the articles never
    /// mention, after a preposition and not the claim's subject, is a detail to check against the fact that says the
    /// rest of the claim (which may name another in its place), not the point of the question.
    /// </summary>
    public static bool IsDetailOfAClaim(ParsedQuestion q, string name)
    {
        var at = q.Tokens.IndexOf(name.ToLowerInvariant());
        if (at < 1)
            return false;
        // What else the claim says, by which the fact is found: words the articles use (or paraphrase), and a date.
        var said = q.Residual.Count(stem => !q.ForeignStems.Contains(stem) || q.Reachable.Contains(stem)) + (q.Date is null ? 0 : 1);
        // "did a Ruritanian company win the deal?": a description, not a name the claim is about.
        if (q.Tokens[at - 1] is "a" or "an" && said >= 2)
            return true;
        // "was it Jo Roe who signed it?": the one the claim singles out, checked against whoever the article says did it.
        if (said >= 1 && SinglesOut(q, at))
            return true;
        var subject = q.Mentions.FirstOrDefault(m => m.Pronoun is null);
        // "drifting towards Ruritania and especially Borduria": a name listed beside one the articles use is a detail of
        // the claim, checked against what the fact lists.
        if (said >= 1 && Enumerable.Range(Math.Max(1, at - ListReach), Math.Min(at - 1, ListReach)).Any(i => q.Tokens[i] is "and" or "or" or "especially" or "including" or "plus")
            && q.Mentions.Any(m => m.Pronoun is null && m.Start + m.Length <= at && m.Start + m.Length >= at - ListReach - 1))
            return true;
        // A place of the world after "in" or "to" is where it happened, checked as a place (or the point of the question).
        var afterPreposition = Enumerable.Range(Math.Max(0, at - DetailReach), Math.Min(at, DetailReach))
            .Any(i => DetailPrepositions.Contains(q.Tokens[i]) || (q.Tokens[i] is "in" or "to" && !Vocabulary.WorldNames.Contains(q.Tokens[at])));
        // "the author is a professor at Northfield?": a detail of who someone is, checked against their role.
        // With one other word, the fact found must name another in its place (checked when answering).
        return afterPreposition && at > 2 && subject is not null && subject.Start < at && (said >= 1 || AsksWhatSomeoneIs(q));
    }

    /// <summary>Whether the word at <paramref name="at"/> is in the part a cleft singles out: "was it X who/that ...".</summary>
    private static bool SinglesOut(ParsedQuestion q, int at) =>
        q.Tokens.Count > at + 1 && q.Tokens[0] is "was" or "is" or "were" && q.Tokens[1] == "it"
        && q.Tokens.Skip(at + 1).Any(w => w is "who" or "that") && !q.Tokens.Take(at).Skip(2).Any(w => w is "who" or "that");

    private static readonly HashSet<string> OrderWords = new(StringComparer.Ordinal)
    {
        "order", "chronological", "chronologic", "chronologically", "sequence", "timeline", "sort", "sorted", "dates", "milestones",
        // "the dated events, 2022 onward", "inflection points, 2014 through 2025": which dates to list, not what happened.
        "dated", "onward", "onwards", "through", "inflection", "turning", "points", "milestone",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "did", "does", "do", "will", "would", "can", "could", "was", "were", "is", "are", "has", "have", "had", "got", "get", "gets",
    };

    private static readonly HashSet<string> DetailPrepositions = new(StringComparer.Ordinal) { "by", "at", "after", "before", "with", "from", "for" };

    /// <summary>How many words may stand between a name the articles use and a strange one listed beside it ("and especially").</summary>
    private const int ListReach = 2;

    /// <summary>How many words may stand between the preposition and the name ("by the Lakeside Institute", "after a summit of").</summary>
    private const int DetailReach = 2;

    private static bool IsPlaceOfAClaim(ParsedQuestion q, string name)
    {
        var at = q.Tokens.IndexOf(name.ToLowerInvariant());
        return at > 0 && q.Tokens[at - 1] is "in" or "at" && Vocabulary.WorldNames.Contains(q.Tokens[at]);
    }
}
