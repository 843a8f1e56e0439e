namespace Bot.Engine.Query;

/// <summary>
/// General English word lists the engine reasons with: words that carry no content, question
/// cues, negations, synonyms, months and numbers. Nothing here is about any particular article.
/// </summary>
internal static partial class Vocabulary
{
    /// <summary>The stems of some words, as a set.</summary>
    public static HashSet<string> Stems(params string[] words) => [.. words.Select(Text.Stemmer.Stem)];

    /// <summary>Function words, chat filler and question words: never the subject of a question.</summary>
    public static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto",
        "about", "as", "than", "then", "so", "too", "very", "just", "also", "only", "even", "still", "yet", "again", "ever",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had",
        "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ll", "ve", "re", "d", "s", "t",
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "u", "ur", "he", "him", "his", "she", "her", "hers", "it",
        "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "there", "here", "what", "whats",
        "itself", "themselves", "herself", "myself", "yourself", "yourselves", "ourselves", "oneself",
        "which", "who", "whos", "whom", "whose", "when", "where", "why", "how", "hows", "wat", "wut", "wht", "whta",
        "tell", "say", "said", "says", "saying", "know", "knew", "think", "thinks", "thought", "mean", "means", "meant",
        "explain", "describe", "give", "show", "list", "name", "names", "please", "pls", "plz", "thanks", "thank", "thx",
        "hi", "hello", "hey", "yo", "ok", "okay", "lol", "pls", "bro", "dude", "guy", "guys", "man", "folks", "people",
        "anything", "something", "thing", "things", "stuff", "some", "any", "all", "every", "each", "much", "many", "more",
        "most", "other", "others", "another", "such", "same", "own", "article", "articles", "text", "piece", "story",
        "post", "author", "according", "reading", "read", "exactly", "really", "actually", "basically", "like", "kind",
        "sort", "get", "got", "go", "going", "gone", "went", "make", "makes", "made", "making", "way", "ways", "want", "wants",
        "wanted", "need", "needs", "happen", "happened", "happens", "happening", "occur", "occurred", "take", "took",
        "role", "position", "positions", "stance", "view", "views", "approach", "approaches", "outlook", "opinion", "opinions", "attitude", "stand", "stands",
        "feel", "feels", "believe", "believes", "reason", "reasons", "because", "cause", "why", "whether", "now", "not",
        "no", "yes", "nor", "never", "don", "doesn", "didn", "isn", "wasn", "aren", "weren", "wouldn", "cant", "dont",
        "doesnt", "didnt", "isnt", "wasnt", "vs", "versus", "compare", "compared", "comparison", "between",
        "difference", "differences", "differ", "relationship", "relation", "relations", "related", "connected",
        "connection", "quote", "quotes", "date", "day", "year", "month", "time", "long", "ago", "one", "ones", "regarding",
        "concerning", "towards", "toward", "exist", "exists", "mention", "mentioned", "mentions",
        "who's", "info", "information", "details", "detail", "more", "overall", "generally", "main", "key", "important",
        "ya", "yeah", "yep", "nope", "hmm", "um", "uh", "btw", "imo", "tbh", "idk", "rn", "k", "pretty", "quite", "rather",
        "happend", "heppened", "up", "out", "over", "off", "down", "after", "before", "while", "within", "inside", "among", "amongst",
        "upon", "through", "throughout", "across", "along", "beyond", "commentary", "essay", "editorial",
        "during", "since", "until", "against", "via", "per", "use", "used", "using", "actor", "actors", "event", "events",
        "timeline", "chronology", "see", "sees", "seen", "saw", "care", "cares", "matter", "matters", "mattered", "seem", "seems",
        "look", "looks", "regard", "regards", "deal", "dealt", "keep", "kept", "let", "put", "try", "tried", "tries", "trying",
        "consider", "considers", "considered", "respond", "responded", "response", "react", "reacted", "reaction", "handle", "handled",
        // The other forms of the verbs of taking something as something ("the piece treats X as a threat"): a frame, as "treat" is.
        "treats", "treating", "regarded", "viewed",
        "treat", "treated", "affect", "affected", "affects", "impact", "effect", "effects", "consequence", "consequences", "result", "results",
        "significance", "significant", "important", "big", "major", "deal", "happening", "up", "whole", "basically", "overall", "mentioned",
        "else", "wanna", "gonna", "gotta", "kinda", "sorta", "abt", "bc", "cuz", "coz", "b4", "r", "y", "w", "da", "dat", "tho", "though",
        "rly", "yall", "ppl", "smth", "sth", "smh", "any1", "some1", "ty", "wait", "right", "huh", "eh", "nah", "bruh", "quick", "remind",
        "whyd", "whod", "whatd", "howd", "wheres", "whens", "whys", "hes", "shes", "theyre", "theyd", "im", "ive", "youre", "wtf", "tf", "omg",
        "based", "located", "exact", "exactly", "precisely", "specifically", "anyway", "anyways", "btw", "fr", "ngl", "literally", "yo",
        "quoted", "cited", "named", "listed", "beef", "problem", "problems", "issue", "issues", "gripe", "gripes", "grievance", "grievances", "described", "describes", "characterize", "characterizes", "characterise",
        "identify", "identifies", "identified", "acronym", "abbreviation", "portray", "portrays", "portrayed", "depict", "depicts", "relate", "relates", "related", "statement", "statements", "remarks", "comments", "soon", "anytime", "eventually",
        "someone", "somebody", "anyone", "anybody", "everyone", "stand", "supposed", "apparently", "briefly", "player", "players", "involved", "involving", "involvement", "entities", "entity",
    };

    /// <summary>Words for whoever wrote the article: in "does the author think X?" they frame the question rather than name its subject.</summary>
    public static readonly HashSet<string> AuthorWords = new(StringComparer.Ordinal) { "author", "authors", "writer", "writers", "blogger", "columnist" };

    /// <summary>Words setting named things aside from what is asked ("besides A, how many other ...").</summary>
    public static readonly HashSet<string> SettingAside = new(StringComparer.Ordinal) { "other", "others", "besides", "apart", "except" };

    /// <summary>Words asking someone's title, job or background: asked of a name alone, they ask who that is.</summary>
    public static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal) { "title", "occupation", "profession", "background", "biography", "bio", "career" };

    /// <summary>
    /// Phrasing: words that say how something is asked, never what ("in a nutshell", "what's the deal with", "besides").
    /// A question is never refused for using them.
    /// </summary>
    public static readonly HashSet<string> Phrasing = new(StringComparer.Ordinal)
    {
        "besides", "alongside", "nutshell", "gist", "version", "short", "shortly", "deal", "context", "getting", "along", "mess", "messed", "basically",
        "actually", "really", "exactly", "honestly", "seriously", "summary", "brief", "briefly", "simple", "simply", "terms", "words",
        "plain", "detail", "detailed", "tldr", "explain", "clarify", "mean", "meaning", "point", "refer", "refers", "referring",
        "topic", "subject", "matter", "regard", "aspect", "part", "piece", "bit", "lot", "lots", "whole", "angle", "dimension", "phrase", "adjective", "expression", "wording", "spell", "spelling",
        // "is X described as Y?" claims that X is Y.
        "described", "characterized", "characterised", "portrayed", "depicted", "labelled", "labeled",
        "idea", "notion", "concept", "thing", "stuff", "kind", "sort", "type", "sense", "view", "different", "difference", "differ",
        "same", "similar", "main", "primary", "key", "central", "core", "overall", "general", "generally", "specifically", "particular",
        "according", "supposedly", "apparently", "allegedly", "reportedly", "somehow", "anyway", "lol", "lmao", "haha",
        "please", "thanks", "pretty", "super", "totally", "literally", "forget", "forgot", "remember", "recall", "wonder", "wondering",
        "curious", "confused", "understand", "know", "sure", "tell", "remind", "quick", "quickly", "again", "once", "else", "also",
        "first", "earliest", "latest", "away", "designed", "intended", "meant", "supposed", "directed", "expect", "expects", "expected", "expecting", "anticipate", "anticipates", "timing", "factor", "factors", "driver", "drivers", "correct", "true", "right", "wrong", "indeed", "truly", "issued", "issue", "top", "bottom", "beginning", "end", "above", "below", "earlier", "later", "mentioned", "named", "listed", "given", "piece",
        // Words naming which side of a matter is asked ("its scope", "the implications", "status?"), not the matter.
        "scope", "implication", "implications", "status", "timeframe", "mechanism", "mechanisms", "significance", "extent",
        "nature", "overview", "rationale", "takeaway", "takeaways", "framing", "assessment", "situation", "moment", "briefing",
    };

    /// <summary>
    /// Words asking for a plain attribute or a world fact (age, birthplace, population, who won, what is current).
    /// When an article never uses one, the question is about something the article does not say.
    /// </summary>
    public static readonly HashSet<string> AttributeWords = new(StringComparer.Ordinal)
    {
        "old", "age", "aged", "born", "birth", "birthday", "birthplace", "died", "die", "dies", "death", "dead", "married", "wife",
        "husband", "children", "kids", "family", "population", "gdp", "economy", "capital", "currency", "language", "religion",
        "height", "tall", "weather", "temperature", "climate", "founded", "established", "founder", "score", "won", "win", "wins",
        "winner", "current", "currently", "today", "now", "latest", "newest", "renamed", "rename", "become", "became",
        "elected", "election", "elections", "email", "phone", "address", "website", "rich", "educated",
        "degree", "university", "school", "hometown", "nationality", "ethnicity", "specific", "city", "cities", "town", "towns",
        "village", "location", "venue", "title", "handle", "username", "tally", "tallies", "statistics",
        "casualties", "killed", "injured", "rank", "ranks", "term", "tenure", "live", "lives", "lived", "reside", "resides", "headquarters", "headquartered",
    };

    /// <summary>The attribute words as stems, to tell an attribute the articles give in other words ("deaths" for "died").</summary>
    public static readonly HashSet<string> AttributeStems = [.. AttributeWords.Select(Text.Stemmer.Stem)];

    /// <summary>
    /// Countries and peoples of the world an article may never mention: a question naming one of them is about
    /// something the article does not say, even when typed in lowercase. General knowledge, not any article's.
    /// </summary>
    public static readonly HashSet<string> WorldNames = Extraction.Countries.All
        .SelectMany(c => c.Forms).Where(f => !f.Contains(' ', StringComparison.Ordinal) && f.Length > 2).Select(f => f.ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Surnames of public figures of the world an article may never mention: like <see cref="WorldNames"/>, a question
    /// naming one asks about someone the article does not, even in lowercase or as its first word.
    /// </summary>
    public static readonly HashSet<string> WorldFigures = [.. EmbeddedData.Read("figures.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Negation and refusal words: a yes/no answer compares how many each side carries.</summary>
    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nor", "without", "refuse", "refused", "refuses", "refusal", "refusing", "deny", "denied",
        "denies", "denial", "reject", "rejected", "rejects", "rejection", "decline", "declined", "declines", "abstain",
        "abstained", "abstains", "abstention", "cancel", "canceled", "cancelled", "cancels", "revoke", "revoked", "repeal", "repealed", "rescind", "rescinded", "annul", "annulled", "reversed", "scrap", "scrapped", "avoid", "avoided", "avoids",
        "refrain", "refrained", "refrains", "oppose", "opposed", "opposes", "opposition", "opposing", "resist", "resisted",
        "resists", "resistance", "resisting", "against", "absence", "absent", "skip", "skipped", "skips", "ignore", "ignored", "ignores", "ignoring", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont",
        "cant", "cannot", "hasnt", "havent", "nothing", "neither", "non", "hands", "miss", "missed", "missing", "misses",
        "fail", "fails", "failed", "failing", "nobody", "none", "nowhere", "couldnt", "wouldnt", "shouldnt", "hadnt", "mustnt",
        // Words of incapacity or unwillingness deny what follows as "not" does: "was unable to establish control" did not establish it.
        "unable", "inability", "incapable", "powerless", "unwilling", "unwillingness",
        // Doubt does too, for a yes/no answer: "the transfer appears unlikely" is no "yes" to "will it go ahead?".
        "unlikely", "improbable", "doubtful",
        // So does a want of it: "despite the lack of evidence" gives no evidence.
        "lack", "lacks", "lacked", "lacking",
    };

    /// <summary>Verbs of taking sides: in "who supports X" they ask for a stance rather than name what it is about.</summary>
    public static readonly HashSet<string> StanceStems = [.. new[]
    {
        "support", "back", "favor", "favour", "endorse", "advocate", "propose", "side", "ally", "allied", "oppose", "resist", "reject",
        "refuse", "object", "disagree", "critic", "criticize", "criticise", "fight", "want", "push",
    }.Select(Text.Stemmer.Stem)];

    /// <summary>Words of a side declined ("abstained", "stayed neutral"): a neutral stance said, not one left unsaid.</summary>
    public static readonly HashSet<string> NeutralityStems = [.. new[]
    {
        "abstain", "abstained", "abstention", "neutral", "neutrality", "impartial", "noncommittal", "undecided", "equidistant",
    }.Select(Text.Stemmer.Stem)];

    /// <summary>Words doubting that what was just said will happen or is so.</summary>
    public static readonly HashSet<string> Doubts = new(StringComparer.Ordinal) { "unlikely", "improbable", "doubtful", "questionable" };

    public static readonly HashSet<string> NegationStems = [.. Negations.Select(Text.Stemmer.Stem)];

    /// <summary>
    /// Words that put what follows them in a wish, demand, plan or fear rather than in what happened ("called for
    /// the resignation", "plans to deploy", "a potential deployment"). "call", "push" and "ask" count only before
    /// "for" or "on".
    /// </summary>
    public static readonly HashSet<string> Unrealised = Stems(
        "urge", "urged", "urging", "demand", "demanded", "propose", "proposed", "proposal", "plan", "planned", "plans", "threaten",
        "threatened", "want", "wanted", "wants", "hope", "hoped", "fear", "feared", "fears", "worried", "concerned", "afraid", "consider", "considered", "seek", "sought",
        "aim", "aimed", "intend", "intended", "try", "tried", "attempt", "attempted", "potential", "possible", "possibly", "call", "push", "ask",
        "scheduled", "slated", "projected", "expected", "due", "pending", "likely", "could", "might", "would", "optimistic", "hopeful", "claim", "meant", "supposed");

    /// <summary>Of <see cref="UnrealisedOnlyBefore"/>, the verbs of asking someone to do a thing ("asked the council to send").</summary>
    public static readonly HashSet<string> Requests = Stems("ask", "asked", "asks", "asking");

    /// <summary>Words of a claim asking whether something came to nothing ("did the aid fail to arrive?", "was it dropped?").</summary>
    public static readonly HashSet<string> Undoing = Stems(
        "fail", "failed", "failure", "shelve", "shelved", "abandon", "abandoned", "drop", "dropped", "scrap", "scrapped", "withdraw",
        "withdrawn", "reverse", "reversed", "aside", "nothing", "never");

    /// <summary>Verbs asking what someone's words were about ("what was she referring to?"): the words themselves give it.</summary>
    public static readonly HashSet<string> ReferringVerbs = Stems("talk", "talking", "refer", "referring", "speak", "speaking", "allude", "alluding");

    /// <summary>Words saying that a state of things has ended ("until last year", "rotated out from his position as", "former").</summary>
    public static readonly HashSet<string> Ended = Stems(
        "until", "former", "formerly", "previously", "ex", "rotated", "replaced", "removed", "ousted", "dismissed", "resigned", "quit", "left",
        "stopped", "ceased");

    /// <summary>Words of a claim that speak of now ("still", "currently"): a fact saying it has ended denies them.</summary>
    public static readonly HashSet<string> Present = Stems("still", "currently", "now", "remains", "remain", "today");

    /// <summary>Words saying what is usual or has long been so, which is no report of now ("normally snow-capped").</summary>
    public static readonly HashSet<string> Usual = Stems("normally", "usually", "typically", "traditionally", "historically", "customarily");

    /// <summary>Words turning against what came before ("..., yet now ...").</summary>
    public static readonly HashSet<string> Contrasts = Stems("but", "yet", "however", "though", "although");

    /// <summary>Words asking whether something done came off ("did that strategy work?", "did it scare people off?").</summary>
    public static readonly HashSet<string> Outcomes = Stems(
        "work", "worked", "succeed", "succeeded", "success", "successful", "fail", "failed", "backfire", "backfired", "effective",
        "pay", "paid", "help", "helped", "deter", "deterred", "scare", "scared", "achieve", "achieved");

    /// <summary>Words a sentence tells what came of something with ("led to", "as a result", "forcing").</summary>
    public static readonly HashSet<string> Results = Stems("led", "result", "resulted", "forcing", "forced", "prompted", "prompting", "ended", "eventually");

    /// <summary>
    /// Words that make a claim absolute ("only", "completely", "usually"): unless the article says as much, the claim
    /// goes further than it does, and the answer is no.
    /// </summary>
    public static readonly HashSet<string> Absolutes = new(StringComparer.Ordinal)
    {
        "only", "solely", "exclusively", "purely", "completely", "fully", "entirely", "totally", "wholly", "absolutely",
        "all", "every", "always", "usually", "definitely", "certainly", "everything", "everyone", "everybody",
    };

    /// <summary>Words of a claim saying something has happened by now ("already"): a plan or schedule in the fact says not yet.</summary>
    public static readonly HashSet<string> Already = new(StringComparer.Ordinal) { "already", "yet" };

    /// <summary>
    /// Of <see cref="Unrealised"/>, the words that leave something undone only with one of these words after them:
    /// "called for", "pushed for", "asked for"; "claimed to have captured" (a claim to have done it is not doing it);
    /// "meant to", "supposed to" (where "what it meant", "the supposed spy" plan nothing).
    /// </summary>
    public static readonly Dictionary<string, string[]> UnrealisedOnlyBefore = new(StringComparer.Ordinal)
    {
        ["call"] = ["for", "on"], ["push"] = ["for", "on"], ["ask"] = ["for", "on"], ["claim"] = ["to"],
        [Text.Stemmer.Stem("meant")] = ["to"], [Text.Stemmer.Stem("supposed")] = ["to"],
    };

    /// <summary>Words of a claim that speak of intent, opinion or the future, so a wish or plan in the fact can confirm it.</summary>
    public static readonly HashSet<string> Prospective = Stems(
        "will", "would", "could", "might", "may", "should", "going", "gonna", "think", "thinks", "believe", "believes", "expect",
        "expects", "predict", "likely", "future", "want", "wish", "intend", "plan", "hope", "fear", "try", "seek", "aim");

    /// <summary>
    /// Pairs of opposites (as stems): a question using one about a fact using the other is answered "no".
    /// A word may have several opposites, and every pair works both ways.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Opposites = OppositeTable.Read(EmbeddedData.Read("opposites.txt"));

    /// <summary>The opposites of a stem, if any.</summary>
    public static IReadOnlyList<string> OppositesOf(string stem) => Opposites.TryGetValue(stem, out var opposites) ? opposites : [];

    /// <summary>
    /// General English near-synonyms (Data/thesaurus.txt), in small groups of one sense each: every word of a group
    /// stands for every other, so "guardedly hopeful" meets "cautiously optimistic". Groups are not chained.
    /// </summary>
    public static readonly IReadOnlyList<string[]> Thesaurus = [.. EmbeddedData.Read("thesaurus.txt").Split('\n').Where(line => !line.StartsWith('#'))
        .Select(line => line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Where(group => group.Length > 1)];

    /// <summary>Every word of the thesaurus: English words, so never a shortened name ("call" is no "Callum").</summary>
    public static readonly HashSet<string> ThesaurusWords = [.. Thesaurus.SelectMany(group => group)];

    /// <summary>Everyday words a user may type for the words articles use; both sides are expanded.</summary>
    public static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["send"] = ["deploy", "dispatch", "contribute"],
        ["start"] = ["begin", "began", "launch", "inception"],
        ["change"] = ["reform", "shift", "alter", "modify", "reduce"],
        ["demand"] = ["call", "urge", "insist"],
        ["succeed"] = ["success", "successful", "successfully"],
        ["important"] = ["critical", "key", "crucial", "vital"],
        ["begin"] = ["start", "launch", "inception"],
        ["stop"] = ["end", "halt"],
        ["deploy"] = ["send", "dispatch"],
        ["soldier"] = ["troop", "military", "peacekeeper", "force"],
        ["troop"] = ["soldier", "military", "peacekeeper", "force"],
        ["army"] = ["military", "troop", "force"],
        ["peacekeeper"] = ["troop", "peacekeeping"],
        ["war"] = ["conflict", "intervention", "fight", "struggle"],
        ["conflict"] = ["war", "crisis"],
        ["fight"] = ["war", "struggle", "conflict", "join"],
        ["help"] = ["support", "assist", "aid", "contribute"],
        ["support"] = ["back", "endorse", "help", "favor", "favour"],
        ["back"] = ["support", "endorse"],
        ["protest"] = ["oppose", "opposition", "dissent", "unrest", "call"],
        ["oppose"] = ["opposition", "resist", "against", "protest"],
        ["opponent"] = ["oppose", "opposition", "resist"],
        ["objection"] = ["opposition", "oppose", "endanger"],
        ["object"] = ["oppose", "opposition"],
        ["refuse"] = ["deny", "reject", "decline", "refusal", "resist"],
        ["snub"] = ["avoid", "cancel", "refuse"],
        ["skip"] = ["cancel", "absence", "avoid"],
        ["miss"] = ["cancel", "absence", "avoid"],
        ["attend"] = ["visit", "meeting"],
        ["visit"] = ["trip", "meeting"],
        ["meet"] = ["meeting", "visit"],
        ["negotiate"] = ["talk", "talks"],
        ["announce"] = ["state", "declare", "say"],
        ["state"] = ["say", "announce", "declare"],
        ["claim"] = ["argue", "say", "state"],
        ["argue"] = ["claim", "say", "state"],
        ["warn"] = ["declare", "concern", "fear"],
        ["fear"] = ["concern", "worry"],
        ["worry"] = ["concern", "fear"],
        ["afraid"] = ["concern", "fear"],
        ["instability"] = ["unrest", "destabilization"],
        ["unrest"] = ["instability", "protest"],
        ["independent"] = ["independence"],
        ["independence"] = ["independent", "sovereignty"],
        ["mediate"] = ["mediator", "mediation"],
        ["mediator"] = ["mediate", "mediation", "arbiter"],
        ["islamic"] = ["islamist", "muslim"],
        ["terrorist"] = ["terror", "extremist"],
        ["terrorism"] = ["terror", "extremist"],
        ["vote"] = ["voting"],
        ["un"] = ["nation", "security", "council"],
        ["minister"] = ["foreign"],
        ["ally"] = ["alliance", "partner", "solidarity"],
        ["friend"] = ["ally", "partner", "solidarity"],
        ["partner"] = ["ally", "partnership"],
        ["enemy"] = ["rival", "aggression"],
        ["rift"] = ["tension", "split", "divergence", "disagreement"],
        ["split"] = ["rift", "divergence"],
        ["tension"] = ["rift", "disagreement"],
        ["disagree"] = ["disagreement", "rift", "differ", "divergence"],
        ["married"] = ["husband", "wife", "spouse"],
        ["marry"] = ["husband", "wife", "spouse"],
        ["sick"] = ["illness", "health", "frail", "ailing", "paralysed"],
        ["ill"] = ["illness", "health", "frail", "ailing", "paralysed"],
        ["originally"] = ["initially", "initial"],
        ["refer"] = ["call", "dub"],
        ["reform"] = ["reforms", "constitutional"],
        ["death"] = ["casualty", "casualties"],
        ["dead"] = ["casualty"],
        ["killed"] = ["casualty"],
        ["intervene"] = ["intervention", "involvement", "interventionist"],
        ["involve"] = ["involvement", "intervene"],
        ["country"] = ["state"],
        ["nation"] = ["state", "country"],
        ["group"] = ["organization", "faction"],
        ["org"] = ["organization"],
        ["organisation"] = ["organization"],
        ["defence"] = ["defense"],
        ["favour"] = ["favor", "support"],
        ["talk"] = ["tell", "told", "say", "negotiate"],
        ["speak"] = ["tell", "told", "say", "state"],
        ["spoke"] = ["tell", "told", "say", "said", "state", "speak"],
        ["publish"] = ["report", "write", "contribute"],
        ["outlet"] = ["publication", "newspaper", "magazine", "post"],
        ["write"] = ["contribute", "report"],
        ["observation"] = ["note", "noted"],
        ["observe"] = ["note", "noted"],
        ["ditch"] = ["cancel", "skip", "avoid"],
        ["bail"] = ["cancel", "avoid"],
        ["dodge"] = ["avoid", "cancel"],
        ["close"] = ["partner", "ally"],
        ["host"] = ["hosting", "hosted"],
        ["hate"] = ["oppose", "opposition"],
        ["damage"] = ["compromise", "harm"],
        ["harm"] = ["compromise", "damage", "endanger"],
        ["wrote"] = ["write", "author", "contribute"],
        ["vision"] = ["view", "position", "direction", "approach"],
        ["pic"] = ["photo", "caption"],
        ["picture"] = ["photo", "caption"],
        ["expert"] = ["analyst", "specialist"],
        ["analyst"] = ["expert"],
        ["chem"] = ["chemical"],
    };

    public static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static readonly Dictionary<string, int> MonthNames = BuildMonths();

    /// <summary>Personal pronouns that point back at an earlier subject, with who they fit.</summary>
    public static readonly Dictionary<string, string> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = "male", ["him"] = "male", ["his"] = "male", ["himself"] = "male", ["guy"] = "male", ["dude"] = "male", ["fella"] = "male",
        ["she"] = "female", ["her"] = "female", ["hers"] = "female", ["herself"] = "female",
        ["they"] = "plural", ["them"] = "plural", ["their"] = "plural", ["theirs"] = "plural",
        ["it"] = "thing", ["its"] = "thing",
    };

    /// <summary>Pronouns a sentence opens with to speak of whom an earlier one named.</summary>
    public static readonly HashSet<string> OpeningPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "his", "her", "its", "their" };

    private static Dictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Months.Length; i++)
        {
            map[Months[i]] = i + 1;
            map[Months[i][..3]] = i + 1;
        }
        map["sept"] = 9;
        return map;
    }
}
