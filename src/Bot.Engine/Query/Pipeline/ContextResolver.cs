using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// The second stage: settles what the conversation decides (pronouns, first names two people share,
/// "and X?", a bare "why?") and returns new questions, the likeliest reading first. A pronoun that
/// fits several people spoken of yields one reading per referent, nearest first.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>How many referents of a pronoun are tried, nearest first.</summary>
    public const int MaxPronounReadings = 3;

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "date", "dates", "day", "year", "month", "time", "timing", "dated" };

    private static readonly HashSet<string> PointingWords = new(StringComparer.Ordinal) { "that", "this", "it", "so", "then", "they", "he", "she" };

    public static IReadOnlyList<ParsedQuestion> Resolve(ParsedQuestion parsed, ConversationState state, KnowledgeIndex index)
    {
        parsed = OfAThingWritten(parsed, state, index) ?? AsTheAuthor(parsed, state, index) ?? parsed;
        if ((KindOfLastActor(parsed, state, index) ?? WhereItComesFrom(parsed, state, index) ?? HowSo(parsed, state, index) ?? WhatFollowed(parsed, state, index) ?? WhatCameNext(parsed, state, index) ?? WhatCameOfIt(parsed, state, index) ?? LikewiseOfShown(parsed, state, index) ?? WhatTheWriterMakesOfIt(parsed, state, index) ?? WhatItMeans(parsed, state, index) ?? WhyItMatters(parsed, state, index) ?? OnLastSentence(parsed, state, index) ?? OfWhatWasJustRead(parsed, state, index)) is { } onSentence)
            return [onSentence];
        var readings = new List<ParsedQuestion>();
        var pronounUsed = false;
        for (var skip = 0; skip < MaxPronounReadings; skip++)
        {
            var reading = Read(parsed, state, index, skip, ref pronounUsed);
            if (!HasReadingOf(readings, reading.Entities))
                readings.Add(reading);
            if (!pronounUsed)
                break;
        }
        // "what did he say there?": of the referents, the one quoted on the occasion just shown.
        if (SaidOnOccasion(readings, state, index) is { } said)
            return [said];
        if (OfNewName(readings[0], index) is { } renamed)
            return [renamed];
        if (UnderLastSubject(readings[0], state) is { } underLast)
            readings.Insert(0, underLast);
        if (WithoutMainSubject(readings[0], index) is { } unnamed)
            readings.Add(unnamed);
        if (OfLastSubjectToOther(readings[0], state, index) is { } ofSubject)
            readings.Insert(0, ofSubject);
        if (OnLastTopic(readings[0], state, index) is { } onTopic)
            readings.Insert(0, onTopic);
        if (OnLastWords(parsed, readings[0], state, index) is { } onWords)
        {
            // "who runs it?" after "which registry sits on the rock?": a reading where "it" stood for nothing asks only
            // "who runs?", a question the user did not ask, so it is no fallback.
            RemoveUnnamed(readings, onWords.Residual);
            readings.Insert(0, onWords);
        }
        if (InPlaceOfWordedHolder(parsed, readings[0], state, index) is { } named)
            readings.Insert(0, named);
        if (CheckedAgainstShown(parsed, state, index) is { } onShown)
            readings.Add(onShown);
        return readings;
    }

    // Loops rather than lambdas: these run for every question, and a lambda over the state would be made for each.
    private static bool HasReadingOf(List<ParsedQuestion> readings, IReadOnlyList<string> entities)
    {
        foreach (var reading in readings)
        {
            if (reading.Entities.SequenceEqual(entities))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The referents with things before actors when the question names an actor; apart from <see cref="Read"/> so that
    /// its lambdas are made only for "it", not for every question.
    /// </summary>
    private static List<string> ThingsFirstBesideActor(ParsedQuestion q, List<string> referents, KnowledgeIndex index) =>
        q.Mentions.Any(m => m.Pronoun is null && m.Candidates.Any(id => index.Find(id)?.IsActor == true))
            ? [.. referents.OrderBy(id => index.Find(id)!.IsActor)]
            : referents;

    /// <summary>
    /// "and the other town?": the earlier question with the new name in place of the one of its kind. Apart from
    /// <see cref="ApplyContext"/> so that its lambda is made only for such follow-ups, not for every question.
    /// </summary>
    private static ParsedQuestion InPlaceOfSameKind(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        var previous = state.LastEntities.ToList();
        foreach (var id in q.Entities)
        {
            var replaced = previous.FindIndex(old => SameKind(index, old, id));
            if (replaced >= 0)
                previous[replaced] = id;
            else
                previous.Insert(0, id);
        }
        return q with
        {
            Entities = previous.Distinct().ToList(),
            Residual = q.Residual.Count == 0 ? state.LastResidual : q.Residual,
        };
    }

    /// <summary>Removes the readings naming no one whose words are all among <paramref name="words"/>.</summary>
    private static void RemoveUnnamed(List<ParsedQuestion> readings, IReadOnlyList<string> words)
    {
        for (var i = readings.Count - 1; i >= 0; i--)
        {
            if (readings[i].Entities.Count == 0 && readings[i].Residual.All(words.Contains))
                readings.RemoveAt(i);
        }
    }

    private static ParsedQuestion? SaidOnOccasion(List<ParsedQuestion> readings, ConversationState state, KnowledgeIndex index)
    {
        foreach (var reading in readings)
        {
            if (SaidOnOccasion(reading, state, index) is { } said)
                return said;
        }
        return null;
    }

    /// <summary>
    /// "what is the peace plan?" then "who wrote it?": "it" is the thing just asked about, not the article, so the
    /// question asks who wrote that. After a question about the article itself, or about an actor, it stays the byline.
    /// </summary>
    private static ParsedQuestion? OfAThingWritten(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.Author || q.Tokens is not ["who", var verb, ..] || !QuestionParser.WritingVerbs.Contains(verb)
            || q.Mentions.Count == 0 || q.Mentions.Any(m => m.Pronoun is not "thing")
            || state.LastIntent is Intent.About or Intent.Author or Intent.Source or Intent.Sections or Intent.Help or Intent.Captions or Intent.More
            || (state.LastEntities.Count == 0 && state.LastResidual.Count == 0) || state.LastEntities.Any(id => index.Find(id)?.IsActor != false))
            return null;
        // With nothing named before, the words of the last question are what "it" stands for.
        return q with
        {
            Intent = Intent.Who,
            Mentions = state.LastEntities.Count == 0 ? [] : q.Mentions,
            Residual = [.. state.LastResidual.Union(q.Residual)],
        };
    }

    private static ParsedQuestion Read(ParsedQuestion q, ConversationState state, KnowledgeIndex index, int pronounSkip, ref bool pronounUsed)
    {
        var entities = new List<string>();
        Mention? ambiguous = null;
        string? unresolved = null;
        foreach (var mention in q.Mentions)
        {
            if (Frames(q, mention) || StandsForIndefinite(q, mention))
                continue;
            if (mention.Pronoun is { } pronoun)
            {
                var referents = Unbound(q, mention, Referents(pronoun, state, index), index);
                // "and Ruritania, what does it think about it?": beside a named actor, "it" is the thing spoken of, not another actor.
                if (pronoun is "thing")
                    referents = ThingsFirstBesideActor(q, referents, index);
                if (referents.Count > pronounSkip)
                {
                    pronounUsed = true;
                    Add(entities, referents[pronounSkip]);
                }
                else if (referents.Count > 0)
                {
                    Add(entities, referents[^1]);
                }
                else if (pronoun is "male" or "female" && !FollowsPersonKind(q, mention))
                {
                    unresolved ??= q.Tokens[mention.Start];
                }
            }
            else if (index.Linker.IsAmbiguous(mention))
            {
                // The one spoken of most recently, as with a pronoun.
                var known = state.Entities.FirstOrDefault(mention.Candidates.Contains);
                if (known is not null)
                    Add(entities, known);
                else
                    ambiguous ??= mention;
            }
            else
            {
                foreach (var id in mention.Candidates)
                    Add(entities, id);
            }
        }
        AddDemonstrated(entities, q, state, index);
        var resolved = q with { Entities = entities, Ambiguous = ambiguous, Unresolved = unresolved };
        // "who got them?" after "what happened to the villages?": with nothing named, a pronoun stands for what was asked about;
        // so does "that" in "how many people was that?".
        if (entities.Count == 0 && q.Residual.Count == 0 && state.LastResidual.Count > 0
            && (q.Mentions.Any(m => m.Pronoun is not null) || (q.Intent is Intent.Count && q.Tokens.AnyIn(PointingWords))))
            resolved = resolved with { Residual = state.LastResidual };
        if (TakesLastIntent(q, state))
            resolved = resolved with { FollowUp = true, Intent = state.LastIntent };
        return ApplyContext(resolved, state, index);
    }

    /// <summary>
    /// "that council", "the same conflict": a noun after a pointing word names the thing last spoken of whose
    /// name holds it ("the Harbour Council", "the border conflict").
    /// </summary>
    private static void AddDemonstrated(List<string> entities, ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        for (var i = 1; i < q.Tokens.Count; i++)
        {
            if (q.Tokens[i - 1] is not ("that" or "this" or "same" or "those" or "these") || Vocabulary.Stopwords.Contains(q.Tokens[i]) || InMention(q, i))
                continue;
            if (NamedWith(Text.Stemmer.Stem(q.Tokens[i]), state, index) is { } meant)
                Add(entities, meant);
        }
    }

    private static bool InMention(ParsedQuestion q, int i) => q.Mentions.Any(m => m.Start <= i && i < m.Start + m.Length);

    /// <summary>The thing spoken of most recently whose name holds the noun.</summary>
    private static string? NamedWith(string noun, ConversationState state, KnowledgeIndex index) =>
        state.Entities.FirstOrDefault(id => index.Find(id) is { } e && Text.Tokenizer.Tokens(e.Name).Select(Text.Stemmer.Stem).Contains(noun));

    /// <summary>
    /// "the author" beside another subject or question words frames the question ("how does the author see X?"),
    /// unless the claim is what the author is ("is the author a professor?").
    /// </summary>
    private static bool Frames(ParsedQuestion q, Mention mention) =>
        mention.Pronoun is null && q.Intent is not Intent.Author && (q.Intent is not Intent.Who || mention.Start > 3) && !RefusalPolicy.StatesIdentity(q, mention)
        && NamesAuthor(q.Tokens, mention) && (q.Residual.Count > 0 || NamesAnother(q, mention));

    /// <summary>Whether the question names someone besides the mention. A loop: a lambda over the mention would be made for every mention of every question.</summary>
    private static bool NamesAnother(ParsedQuestion q, Mention mention)
    {
        for (var i = 0; i < q.Mentions.Count; i++)
        {
            var m = q.Mentions[i];
            if (m != mention && m.Pronoun is null)
                return true;
        }
        return false;
    }

    /// <summary>Whether the mention's words are only "the" and words for the author ("the writer").</summary>
    private static bool NamesAuthor(IReadOnlyList<string> tokens, Mention mention)
    {
        for (var i = mention.Start; i < mention.Start + mention.Length; i++)
        {
            if (tokens[i] is not "the" && !Vocabulary.AuthorWords.Contains(tokens[i]))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Who a pronoun may stand for, nearest first. "she" when no one spoken of is known to be a woman: an article may
    /// never show a person's gender (a byline, a name with no "Ms" or "her" near it), and the user who says "she" knows it.
    /// </summary>
    private static List<string> Referents(string pronoun, ConversationState state, KnowledgeIndex index)
    {
        // "the second guy": by place among the people the last answer named, whoever was spoken of since.
        if (Vocabulary.OrdinalPointers.TryGetValue(pronoun, out var place))
        {
            var named = PeopleNamed(state.LastAnswerText, index);
            var at = place < 0 ? named.Count + place : place;
            return named.Count > 1 && at >= 0 && at < named.Count ? [named[at]] : [];
        }
        var referents = state.Entities.Where(id => index.Find(id)?.FitsPronoun(pronoun) == true).ToList();
        if (referents.Count > 0)
            return referents;
        // "they" of one person, or "it" of a group whose name reads like a person's: with nothing else it could mean, it is
        // whom the last question asked about.
        return pronoun switch
        {
            "female" => [.. state.Entities.Where(id => index.Find(id) is { IsPerson: true, Gender: null })],
            "plural" or "thing" => [.. state.LastEntities.Where(id => index.Find(id) is not null)],
            _ => referents,
        };
    }

    /// <summary>The people a text names, each once, in the order its words name them.</summary>
    private static List<string> PeopleNamed(string? text, KnowledgeIndex index) => text is null ? [] :
        [.. index.Linker.Link(Text.Tokenizer.Tokens(text, lowercase: false))
            .Where(m => m.Pronoun is null && m.Candidates.Count == 1 && index.Find(m.Candidates[0])?.IsPerson == true)
            .Select(m => m.Candidates[0]).Distinct()];

    private static void Add(List<string> entities, string id)
    {
        if (!entities.Contains(id))
            entities.Add(id);
    }

    /// <summary>Fills in the subject from the conversation when the question only points at it.</summary>
    private static ParsedQuestion ApplyContext(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.FollowUp && q.Entities.Count > 0)
            return InPlaceOfSameKind(q, state, index);
        var pointsBack = q.Tokens.AnyIn(PointingWords);
        // "Date?", "timing?" alone after an answer: when that was; "outlet and date." after a statement: where and when it was said.
        if (q.Entities.Count == 0 && q.Date is null && q.Tokens.Count <= 4 && state.LastFact is not null
            && (q.Tokens.AnyIn(TimeWords) || (q.Intent is Intent.Source && state.LastFact.Fact is Model.Statement)))
            return q with { Intent = Intent.When, Entities = state.LastEntities, ContextFact = state.LastFact };
        // "who disagrees?": a stance word alone still points back at what was just said. Words in quotation marks
        // ("who said 'there's not much we can do'?") are what to look for, however common each of them is.
        if (q.Entities.Count == 0 && q.Residual.AllIn(Vocabulary.StanceStems) && q.Date is null && q.Quoted is null
            && q.Intent is not (Intent.Help or Intent.More or Intent.About or Intent.Author or Intent.Sections or Intent.Source or Intent.OnDate))
        {
            if (q.Intent is Intent.General && !pointsBack)
                return q;
            if (WhyOfShown(q, state) is { } ofShown)
                return ofShown;
            var withContext = q with { Entities = state.LastEntities, ContextFact = state.LastFact, ContextSentence = ReasonShown(q, state, index) };
            // "why?" as the first words of a chat: there is nothing yet for it to point at. "Who is quoted?" asks whom the
            // article quotes.
            return withContext with
            {
                LacksContext = withContext.Entities.Count == 0 && withContext.ContextFact is null && !EntityKinds.AsksForEntities(withContext)
                    && q.Intent is not (Intent.Captions or Intent.Count or Intent.List) && !(q.Intent is Intent.WhoSaid && !pointsBack),
            };
        }
        // "why?", "when was that?", "from when is it like this?": nothing named, so the last answer is what is meant.
        var named = q.Mentions.Any(m => m.Pronoun is null);
        if ((pointsBack || !q.HasSubject) && q.Intent is Intent.Why or Intent.When && !named)
            return q with
            {
                Entities = q.Entities.Count == 0 ? state.LastEntities : q.Entities,
                Residual = OfWhatWasLeftUnanswered(q, state) ?? q.Residual,
                ContextFact = state.LastFact,
                ContextSentence = ReasonShown(q, state, index),
            };
        return q;
    }

    private static bool SameKind(KnowledgeIndex index, string a, string b) =>
        index.Find(a) is { } x && index.Find(b) is { } y && x.IsActor == y.IsActor && x.IsPerson == y.IsPerson;
}
