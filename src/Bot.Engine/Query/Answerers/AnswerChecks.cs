using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// After an answerer: checks that an answer gives what the question asks for, not just something about its
/// subject. An amount needs a number in the quoted evidence; "which officials" needs one named; "how did X
/// react" needs X to be the one acting. An answer that fails becomes "the article doesn't say", with the
/// closest thing it does say.
/// </summary>
internal static partial class AnswerChecks
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "is", "was", "are", "were", "s", "has", "had", "have", "does", "did", "do", "will", "would", "can", "could" };

    /// <remarks>
    /// <paramref name="ownCount"/>: a count of a list's items answers "how many" of what one of the list's names says,
    /// with no number standing before that name.
    /// </remarks>
    public static Reply? Fail(Turn t, Reply reply, bool ownCount = false)
    {
        if (reply.Answer.Status != AnswerStatus.Answered)
            return null;
        var q = t.Q;
        // A count the bot made itself ("three sources", "6 sections") answers "how many"; otherwise the article must give the number.
        var counted = q.Intent is Intent.Count or Intent.List or Intent.Sections or Intent.Captions ? ItemNumbers().Replace(reply.Answer.Text, " ") : "";
        var evidence = string.Join(" ", reply.Answer.Evidence.Select(e => e.Quote));
        // The answer with its evidence, which several checks read: joined once rather than by each.
        var withEvidence = reply.Answer.Text + " " + evidence;
        // "how long has X held it?": "since 2015" or "for years to come" gives the length as well as a number would.
        var since = q.Words.Contains("how long", StringComparison.Ordinal) && Since().IsMatch(evidence);
        // "how long would it take?": only a number of days, months or years says.
        if (AmountCheck.AsksDuration(q) && !since && !AmountCheck.GivesDuration(q, evidence.Length > 0 ? evidence : reply.Answer.Text))
            return Replies.Unknown(t, $"The article doesn't say how long. What it says nearby: {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // A claim giving its own amount ("about 25%, weren't they?") was checked against the article's when answered.
        var claimsAmount = q.Intent is Intent.YesNo && AmountCheck.Numbers(q.Text).Count > 0;
        if (q.AsksAmount && q.Intent is not Intent.Order && !claimsAmount && !since
            && (!AmountCheck.HoldsAmount(counted + " " + evidence) || !CountsWhatIsAsked(t, reply, evidence, ownCount)
                || AmountCheck.GivesOtherMeasure(q.Tokens, evidence.Length > 0 ? evidence : reply.Answer.Text)
                || AmountCheck.CountsOnlyOtherThings(q, evidence.Length > 0 ? evidence : reply.Answer.Text)
                // "how much have prices gone up?": a number that is no rise or fall does not give the change.
                || (AmountCheck.AsksChange(q) && !AmountCheck.GivesChange(evidence.Length > 0 ? evidence : reply.Answer.Text))))
            return Replies.Unknown(t, "The article doesn't give a number for that.");
        // "how old is the commander?": an age said of something else ("vessels over 15 years old") is not theirs.
        if (q.Intent is not Intent.YesNo && AgeAnswerer.AsksAge(q) && !AgeAnswerer.GivesAgeOfAsked(t, withEvidence))
            return Replies.Unknown(t, $"The article doesn't give an age for that. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "when did X join?", "how many were arrested?": a date or number of another event near it does not answer.
        if (EventCheck.Misses(t, withEvidence) || EventCheck.MissesOccasion(t, withEvidence))
            return Replies.Unknown(t, $"The article doesn't say that. What it says nearby: {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "when was X's father born?": a date of another clause or of nothing asked, or no time where a timeline is asked.
        if (DateCheck.DatesAnotherClause(t, reply) || DateCheck.DatesNothingAsked(t, reply) || DateCheck.LacksTimeAsked(t, reply.Answer.Text))
            return Replies.Unknown(t, $"The article doesn't give a date for that. What it says nearby: {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "the recruitment figure for December": a figure the article gives for another month is not the one asked. One
        // naming the month asked too ("in January, her second visit since October") counts over a span that holds it.
        if (q.AsksAmount && q.Date is { Month: { } askedMonth } asked && Text.Tokenizer.Tokens(evidence) is var dating
            && DateText.Find(dating) is { Month: { } givenMonth } given && givenMonth != askedMonth && !DateText.Months(dating).Contains(askedMonth))
            return Replies.Unknown(t, $"The article gives that for {given.Describe()}, not {asked.Describe()}. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "how many left in 2019?": a figure the article gives for another year ("this year", of an article from 2020) is
        // not the one asked, unless the asked year is written beside it ("from 2019 to 2021").
        if (q.AsksAmount && q.Date is { Year: { } askedYear, Month: null } && OtherYearGiven(t, reply, evidence, askedYear) is { } givenYear)
            return Replies.Unknown(t, $"The article gives that for {givenYear}, not {askedYear}. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "who was the author of the post?" of "a post by a local author": the one asked is not identified.
        if (UnnamedReferent(t, reply) is { } unnamed)
            return unnamed;
        // Where the article itself appeared is named by its byline, which is no actor of the article.
        // "which word did they use for it?": a word the sentence puts in quotation marks is the one.
        if (q.AsksNameOf is { } kind && (q.Intent is not Intent.Source || reply.Fact is not null) && reply.Fact?.Fact is not ListFact && !NamesOne(t, reply.Answer.Text, Text.Stemmer.Stem(kind))
            && !GivesWording(kind, evidence) && !GivesSeriesOfAsked(q, reply.Answer.Text))
            return NamingOne(t, reply, kind);
        // "what were X's exact words?": only a sentence quoting someone gives them; the article's own words are its sentences.
        if (ExactWordsAsked.IsMatch(q.Words) && !QuotesSomeone(t, reply) && !q.Tokens.AnyIn(Vocabulary.OwnWordsOfTheArticle))
            return Replies.Unknown(t, $"The article doesn't quote the exact words. What it reports: {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "who replaced X?": whoever did it is someone the question does not name.
        // "whos X" (the "is" run into "who") asks who X is.
        // Words quoted in the question are found with whoever the article gives them to, named or only described.
        if (AsksForSomeoneElse(q) && q.Entities.Count > 0 && q.Residual.Count > 0 && q.Intent is Intent.Who
            && q.Quoted is null
            // Who the question names, told about, is no one else however many others their entry goes on to name.
            && (reply.Fact is { Fact: Actor told } && q.Entities.Contains(told.Id)
                || !t.Index.Linker.MentionedIn(reply.Answer.Text, actorsOnly: true).Except(q.Entities).Any()))
            return WithDoerBefore(t, reply) ?? Replies.Unknown(t, $"The article doesn't say who. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        if (NamesNoOther(t, withEvidence))
            return Replies.Unknown(t, $"The article doesn't name anyone else. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        if (LeavesOutDeed(t, reply, withEvidence))
            return Replies.Unknown(t, $"The article doesn't say who did that. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "Ruritanian defense minister: name?": a person whose role is another kind of minister does not answer.
        if (OtherRole(t, reply) is { } role)
            return Replies.Unknown(t, $"The article doesn't name a {role}. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "which day did X cancel?": a month is not a day.
        if (DayAsked.IsMatch(q.Words) && reply.Fact is { } dated && Ranker.DateOf(dated.Fact) is { Day: null } month)
            return Replies.Unknown(t, $"The article gives only {DateText.Describe(month)}, not the day. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "on what exact date was it signed?": "in late 2021" is no date to the day.
        if (q.Intent is not Intent.YesNo && LacksExactDayAsked(q.Words, reply.Answer.Text))
            return Replies.Unknown(t, $"The article doesn't give the exact date. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "which month was it?": a year is not a month.
        if (MonthAsked.IsMatch(q.Words) && reply.Fact is { } inYear && Ranker.DateOf(inYear.Fact) is { Month: null } year)
            return Replies.Unknown(t, $"The article gives only {DateText.Describe(year)}, not the month. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "in which year was it returned?": a decade ("since the 1950s") is not a year.
        if (YearAsked.IsMatch(q.Words) && reply.Answer.Evidence.Select(e => e.Quote).ToList() is var quotes
            && quotes.Select(e => Decade().Match(e)).FirstOrDefault(m => m.Success) is { } decade && !quotes.Any(e => YearOnly().IsMatch(e)))
            return Replies.Unknown(t, $"The article gives only {decade.Value}, not the year. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "where was he when he said it?": an answer must name a place, not just tell the event again.
        // "where is Xland?": "stands in Xland" names no place but the one asked about. A sentence naming one answers
        // instead if it says every word of the question the answer said ("the farmers" of "where were the farmers
        // optimistic?" are not the officials optimistic in Lorvik).
        if (AsksPlace(q.Words) && q.Intent is not (Intent.Source or Intent.YesNo or Intent.Author) && !GivesPlace(t, reply.Answer.Text, q))
            return PlaceInstead(t, reply);
        // "on what exact date was the report published?": whatever the answerer found, it must give a date.
        if (DateAsked.IsMatch(q.Words) && q.Intent is not (Intent.When or Intent.OnDate or Intent.Order or Intent.YesNo)
            && DateText.Find(Text.Tokenizer.Tokens(reply.Answer.Text)) is null)
            return Replies.Unknown(t, $"The article doesn't give a date for that. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        // "which one worried him the most?": unless the article ranks them, it doesn't say which is most.
        // "at least", "at most", "at best" qualify a claim; they ask for no ranking, nor does "most" in a claim ("did most
        // of them agree?"), which the claim's own check weighs.
        var superlatives = q.Intent is Intent.YesNo ? [] : Superlatives(q);
        if (superlatives.Count > 0 && !Text.Tokenizer.Tokens(reply.Answer.Text).Any(w => Vocabulary.Superlatives.Contains(w) || w is "main" or "primary" or "principal" or "chief"))
            return RankingInstead(t, reply, superlatives);
        // "what did Ruritania's defence ministry say?": what the state, or another of its bodies, did does not answer.
        if (q.Intent is not Intent.YesNo && AskedBody(t.Index, q) is { } body && !SpeaksOfBody(t.Index, withEvidence, body))
            return Replies.Unknown(t, $"The article doesn't say that of the {string.Join(' ', body)}. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
        return UntoldSequel(t, reply) ?? UntoldSettlement(t, reply) ?? OtherResponder(t, reply) ?? UntoldBacker(t, reply) ?? UnsaidBySpeaker(t, reply);
    }

    // The replies below stand apart from Fail so that their lambdas are made only for the answers they judge: Fail runs
    // for every answer, and a lambda over its turn would be made for each.

    /// <summary>A reply naming one of the kind asked, from the answer's own sentence or another saying as much of the rest.</summary>
    private static Reply NamingOne(Turn t, Reply reply, string kind)
    {
        var q = t.Q;
        // The summary may leave out the name its sentence gives ("extremists ... like Jo Bloggs").
        if (reply.Fact is { } named && AnswererTable.OwnWords(t.Index, named) is { } sentence && NamesOne(t, sentence.Sentence.Text, Text.Stemmer.Stem(kind)))
            return Replies.FromSentence(t, sentence) with { Fact = named };
        // Another sentence saying as much of the rest may name one ("drones such as the X-1").
        // It must hold the office asked, too: a "deputy prime minister" names no prime minister.
        return Ranker.BestSentence(t, RankingPolicy.EnoughWords, s => (NamesOne(t, s.Sentence.Text, Text.Stemmer.Stem(kind)) || GivesSeriesOfAsked(q, s.Sentence.Text))
            && OtherRole(t, Replies.FromSentence(t, s)) is null && UnnamedReferent(t, Replies.FromSentence(t, s)) is null) is { } naming
            ? Replies.FromSentence(t, naming)
            : Replies.Unknown(t, $"The article doesn't name the {kind} it speaks of. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
    }

    /// <summary>A reply from a sentence naming a place and saying every word of the question the answer said.</summary>
    private static Reply PlaceInstead(Turn t, Reply reply)
    {
        var q = t.Q;
        var answered = Words.ContentStems(reply.Answer.Text).ToHashSet(StringComparer.Ordinal);
        var said = q.Residual.Where(w => t.Covers(answered, w)).ToList();
        return Ranker.BestSentence(t, RankingPolicy.EnoughWords, s => said.All(w => t.Covers(s.Stems, w)) && GivesPlace(t, s.Sentence.Text, q)) is { } placing
            ? Replies.FromSentence(t, placing)
            : Replies.Unknown(t, $"The article doesn't say where. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
    }

    /// <summary>The question's superlatives but those qualifying a claim ("at least") or judging ("best").</summary>
    private static List<string> Superlatives(ParsedQuestion q) =>
        q.Tokens.Where((w, i) => Vocabulary.Superlatives.Contains(w) && (i == 0 || q.Tokens[i - 1] != "at") && !Words.JudgedBest(q.Tokens, i)).ToList();

    /// <summary>"how big was the biggest protest?": a sentence ranking it ("the largest protest") answers, in its words or a synonym's.</summary>
    private static Reply RankingInstead(Turn t, Reply reply, List<string> superlatives)
    {
        var ranking = superlatives.Select(Text.Stemmer.Stem).SelectMany(w => t.Index.ThesaurusStems.GetValueOrDefault(w, []).Append(w)).ToHashSet(StringComparer.Ordinal);
        return Ranker.BestSentence(t with { Loose = true }, RankingPolicy.EnoughWords, s => s.Stems.AnyIn(ranking)) is { } ranked
            ? Replies.FromSentence(t, ranked)
            : Replies.Unknown(t, $"The article doesn't say which is {string.Join(' ', superlatives)}. {AnswerBuilder.Shorten(reply.Answer.Text, 300)}");
    }

    /// <summary>
    /// Whether the answer or its evidence counts what is asked, each read on its own: a number ending one and the thing
    /// named at the start of the other are no count of it. With <paramref name="ownCount"/>, a list the bot counted
    /// itself counts what one of its names says ("opposition groups" for "two sources of resistance").
    /// </summary>
    private static bool CountsWhatIsAsked(Turn t, Reply reply, string evidence, bool ownCount) =>
        (ownCount && reply.Fact is { Fact: ListFact } list && ListAnswerer.CountedThingNamed(list, t.Q))
        || AmountCheck.CountsWhatIsAsked(t.Index, t.Q, reply.Answer.Text) || AmountCheck.CountsWhatIsAsked(t.Index, t.Q, evidence);

    /// <summary>Whether the question asks a date finer than the one given: "which day" of a month, "which month" of a year.</summary>
    public static bool AsksFiner(ParsedQuestion q, DateQuery given) =>
        (DayAsked.IsMatch(q.Words) && given.Day is null) || (MonthAsked.IsMatch(q.Words) && given.Month is null);

    /// <summary>Whether an answer names something the question did not; for a kind of person, a person of the state the question names.</summary>
    private static bool NamesOne(Turn t, string answer, string kind)
    {
        // Whatever the question names, even inside a longer name ("Ruritanian" in "Ruritanian opposition"), is not an answer to "which".
        var asked = t.Index.Linker.MentionedIn(t.Q.Text);
        var named = t.Index.Linker.MentionedIn(answer).Where(id => !t.Q.Entities.Contains(id) && !asked.Contains(id)).ToList();
        // "which newspaper": an outlet, by what the article calls it ("the Tide newspaper") or says it is.
        if (OutletKinds.Contains(kind))
            return NamesOutlet(answer) || named.Any(id => t.Index.Find(id) is { Kind: ActorKind.Organisation } outlet
                && outlet.Actors.Any(a => Words.Stems(a.Role).Any(OutletStems.Contains)));
        // "which company": a company or other body, not the country it is from.
        // An answer that says the kind itself must name one by it: "ties with opposition factions" names none, whatever
        // body the sentence names elsewhere, unless that body is described as one of the kind.
        if (BodyKinds.Contains(kind))
            return named.Any(id => t.Index.Find(id) is { Kind: ActorKind.Organisation or ActorKind.Group } body
                && (body.Kind == ActorKind.Organisation || PeopleBodyKinds.Contains(kind) || Words.Stems(body.Name).Contains(kind))
                && (!AsksForName(t.Q) || !SaysKind(t, answer, kind) || NamedNearKind(t, answer, kind) || body.Actors.Any(a => SaysKind(t, a.Role, kind))));
        // "which countries" needs a state named, and one named by the word for them if the answer says it: "with Ruritania
        // and other countries" names no other.
        // "which countries did the foreign minister visit?": several states are asked besides a person's own, which says
        // whose they are ("UK Foreign Secretary X's visit").
        if (EntityKinds.StateWords.Contains(kind))
            return (!AsksWhichOne(t.Q) || !SpeaksOfKindInGeneral(t, answer, kind))
                && NamesStateOfTheRest(t, answer, kind, t.Q.AsksNameOf is { } plural && Pipeline.QuestionParser.IsPluralNoun(plural) ? [.. named.Except(OwnStates(t))] : named);
        // "what demand", "what term" ask what it was; "which corridor", "the name of the law" ask what it is called.
        // "which decision": "the 1944 decision" singles it out by its year as a name would; "in which speech": "his
        // inauguration speech" by a word of its own.
        if (!PersonKinds.Contains(kind) && !LeaderKinds.Contains(kind) && !NamedPersonKinds.Contains(kind))
            return (named.Count > 0 && (AsksForName(t.Q) ? NamedNearKind(t, answer, kind)
                    : AsksForAThing(t, kind) ? NamesThing(t, answer, kind, named) : !OnlyInGeneral(t, answer, kind)))
                || YearBeforeWord().Matches(answer).Any(m => Text.Stemmer.Stem(m.Groups["word"].Value.ToLowerInvariant()) == kind)
                || (!AsksForName(t.Q) && DescribedBeforeKind(t.Q, answer, kind)) || ListsOfKind(t.Q, answer, kind);
        // "which Ruritanian officials": of the state the question names, or the state of the group it names. A group
        // named by the very kind asked ("Ruritanian officials" for "officials") says whose alone, whatever else is named.
        var entities = t.Q.Entities.Select(t.Index.Find).OfType<Entity>().ToList();
        var ofKind = entities.Where(e => e.Kind == ActorKind.Group && Words.Stems(e.Name).Contains(kind)).ToList();
        var states = (ofKind.Count > 0 ? ofKind : entities)
            .Select(e => e.Kind == ActorKind.State ? e.Id : e.Kind == ActorKind.Group && e.Affiliation is { } of && t.Index.Find(of)?.Kind is null or ActorKind.State ? of : null)
            .OfType<string>().ToList();
        // "what is the name of the ambassador?" of "the ambassador met Jo Bloggs": the sentence speaks of the one asked
        // without naming them, and the person it names is another.
        if (t.Q.Tokens.Any(w => w is "name" or "names") && AsksForName(t.Q) && SpeaksOfKindInGeneral(t, answer, kind))
            return false;
        // "which people were hurt?": with no role to go by, the person must be named where the deed is said.
        if (GeneralPeopleKinds.Contains(kind))
            return NamesPersonDoingIt(t, answer);
        return named.Any(id => t.IsPerson(id) && (states.Count == 0 || states.Contains(t.Index.Find(id)!.Affiliation ?? "")))
            || (!TitleKinds.Contains(kind) && NamesOffice(t, answer, ofKind.Count > 0 ? states : []));
    }

    /// <summary>The states the persons a question names serve.</summary>
    private static IEnumerable<string> OwnStates(Turn t) =>
        t.Q.Entities.Where(t.IsPerson).Select(id => t.Index.Find(id)?.Affiliation).OfType<string>();

    private static readonly HashSet<string> OutletKinds = [.. Vocabulary.OutletWords.Select(Text.Stemmer.Stem)];

    private static readonly HashSet<string> OutletStems = [.. Vocabulary.OutletNouns.Select(Text.Stemmer.Stem)];

    /// <summary>
    /// Whether a text names an outlet: a capitalised name right before an outlet's noun ("told the Tide news agency"),
    /// or right after one ("the newspaper Tide"). A capitalised determiner names nothing ("The newspaper said"), nor
    /// does an owner ("Greenwick's paper" is one the town owns).
    /// </summary>
    internal static bool NamesOutlet(string text) => OutletName.IsMatch(text);

    private static readonly string OutletNounPattern = string.Join('|', Vocabulary.OutletNouns);

    private static readonly System.Text.RegularExpressions.Regex OutletName = new(
        $@"\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|Some|Newspaper|News)\b)[A-Z][\w&.-]*(?<!['\u2019]s)(?:\s+(?i:{OutletNounPattern}))+\b|\b(?i:{OutletNounPattern})\s+(?!(?:The|A|An)\b)[A-Z]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>How many words before an office its state may stand ("the Ruritanian industry minister").</summary>
    private const int OfficeReach = 3;

    /// <summary>
    /// "which official announced it?": "the Ruritanian industry minister" identifies one by office, if not by name; of
    /// the states given (those of "Ruritanian officials" asked), the office must be one of theirs.
    /// </summary>
    private static bool NamesOffice(Turn t, string answer, List<string> states)
    {
        var words = Text.Tokenizer.Tokens(answer, lowercase: false);
        for (var i = 0; i < words.Count; i++)
        {
            if (TitleKinds.Contains(Text.Stemmer.Stem(words[i].ToLowerInvariant()))
                && (states.Count == 0 || Enumerable.Range(Math.Max(0, i - OfficeReach), Math.Min(i, OfficeReach))
                    .Any(j => t.Index.Linker.MentionedIn(words[j]).Any(id => states.Contains(id) || states.Contains(t.Index.Find(id)?.Affiliation ?? "")))))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A capitalised name after "in", "at" or "from", perhaps behind an adjective ("in Lorvik", "at Brenmark Hall",
    /// "in northeastern Ruritania"), or an organisation the article names ("where does she work?"); a demonym ("the
    /// Ruritanian minister") is no place, nor is the very place asked about (<paramref name="asked"/>, as stems).
    /// </summary>
    private static bool NamesPlace(Turn t, string answer, IReadOnlyList<string> asked) =>
        PlaceAfterPreposition().Matches(answer).Any(m => m.Groups["name"].Value.ToLowerInvariant() is var name && !IsTime(name) && !asked.Contains(Text.Stemmer.Stem(name)))
        || t.Index.Linker.MentionedIn(answer, actorsOnly: true).Any(id => t.Index.Find(id)?.Kind == ActorKind.Organisation);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bthe (?:1[89]|20)\d\d (?<word>\p{L}+)")]
    private static partial System.Text.RegularExpressions.Regex YearBeforeWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(in|at|from|near|outside|inside)( the)?( \p{Ll}+)? (?<name>\p{Lu}\p{Ll}+)")]
    private static partial System.Text.RegularExpressions.Regex PlaceAfterPreposition();

    /// <summary>
    /// Whether a place is asked (<see cref="AskedPlace"/>). Every question the pattern matches holds one of a few words,
    /// and finding none of them is far cheaper than the pattern, which may start at any letter.
    /// </summary>
    public static bool AsksPlace(string words) => words.AsSpan().ContainsAny(PlaceCues) && PlaceAsked.IsMatch(words);

    private static readonly System.Buffers.SearchValues<string> PlaceCues =
        System.Buffers.SearchValues.Create(["where", "what ", "which ", "site", "location", "venue"], StringComparison.Ordinal);

    /// <summary>The patterns' matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern PlaceAsked = new(AskedPlace());
    private static readonly Text.RememberedPattern DateAsked = new(AskedDate());
    private static readonly Text.RememberedPattern ExactWordsAsked = new(AskedExactWords());

    /// <summary>
    /// "where", "in which city", "what venue", "which base", "launch site of X?", "locations of X": a place is asked.
    /// "Where does X stand (on Y)?" asks a stance, not a place.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(and |so )?(where|wheres)\b(?!.*\bstands?\b)|\b(in|at) (what|which) (city|country|place|town|region|location|venue|capital|prison|jail|hospital|village|province|district|base|camp|port)\b|\b(what|which) (city|town|venue|location|prison|jail|base)\b|^(the )?(\p{L}+ )?(site|location|whereabouts|venue)s?\b|\b(what|which) (is|was|are|were) the (\p{L}+ )?(site|location|whereabouts|venue)\b")]
    private static partial System.Text.RegularExpressions.Regex AskedPlace();

    /// <summary>Whether a sentence the answer cites quotes someone's own words.</summary>
    private static bool QuotesSomeone(Turn t, Reply reply) =>
        reply.Answer.Evidence.Any(e => t.Index.InParagraph(e.Paragraph).Any(s => s.Sentence.Text.Contains(e.Quote, StringComparison.Ordinal) && QuotedSpeech().IsMatch(s.Sentence.Text)));

    /// <summary>"what date", "which year", "the exact (calendar) day", "target date": the question asks for a date, whatever its shape.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(what|which|exact|precise|publication|release|target)( exact| precise)?( calendar)? (date|day|year|month)\b|\bdate of\b")]
    private static partial System.Text.RegularExpressions.Regex AskedDate();

    /// <summary>"his exact words", "verbatim", "a direct quote": what someone said as they said it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(exact|precise|actual|own) (words|wording|quote|quotation)\b|\bverbatim\b|\bword for word\b|\bdirect (quote|quotation)\b|\bquote (him|her|them) directly\b")]
    private static partial System.Text.RegularExpressions.Regex AskedExactWords();

    /// <summary>
    /// Words in quotation marks, at least a few letters long: someone's own words. A quotation running over sentences
    /// opens in one with no close ("X said that “the dam will not hold.") and closes in another that never opens it.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex("[\"\u201C][^\"\u201C\u201D]{4,}[\"\u201D]|\u201C[^\"\u201C\u201D]{4,}$|^[^\"\u201C\u201D]{4,}\u201D")]
    private static partial System.Text.RegularExpressions.Regex QuotedSpeech();

    /// <summary>"since 2015", "for the past decade", "for years to come", "enduring": a length of time, by its start or in words.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(since|for the past|for the last|for (years|months|weeks|decades)|(years|months|decades) to come|enduring|lasting|permanent|temporary|short-lived|long-term)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Since();

    /// <summary>"(1) ... (2) ...": the numbers the bot puts before reasons, which are no amount.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\(\d+\)|\bgives \d+ reasons\b")]
    private static partial System.Text.RegularExpressions.Regex ItemNumbers();
}
