namespace Bot.Engine.Query;

/// <summary>Word lists for who holds a view: the words asking for one and the verbs a sentence gives one with.</summary>
internal static partial class Vocabulary
{
    /// <summary>Words for the article or its writer: "the exact wording the author uses" is a sentence of the article itself.</summary>
    public static readonly HashSet<string> OwnWordsOfTheArticle = new(StringComparer.Ordinal) { "author", "authors", "writer", "article", "piece", "columnist", "essay" };

    /// <summary>Words asking for someone's view or aim ("what is X's stance on Y?"): they say what is asked, not what it is about.</summary>
    public static readonly HashSet<string> OpinionWords = new(StringComparer.Ordinal)
    {
        "think", "thinks", "thought", "view", "views", "viewpoint", "opinion", "opinions", "stance", "stances", "position", "positions",
        "believe", "believes", "feel", "feels", "attitude", "stand", "stands", "want", "wants", "wanted", "argue", "argues", "argued",
        "perspective", "take", "line", "vibe", "vibes", "prefer", "prefers", "wish", "wishes", "call", "calls", "called", "urge", "urged",
        "demand", "demands", "demanded", "propose", "proposes", "proposed", "push", "pushes", "pushed", "aim", "aims", "goal", "goals",
        "agenda", "strategy", "interest", "interests", "approach", "policy", "concern", "concerns", "worried", "worry", "fear", "fears",
    };

    public static readonly HashSet<string> OpinionStems = [.. OpinionWords.Select(Text.Stemmer.Stem)];

    /// <summary>Words before an opinion word asking for the other side's view ("X's counter-position?"): they name no topic of their own.</summary>
    public static readonly HashSet<string> OtherSideWords = new(StringComparer.Ordinal) { "counter", "opposite", "contrary", "rival", "competing", "opposing" };

    /// <summary>
    /// Verbs a sentence gives someone's view with, its holder named just before them ("the envoy said that ...",
    /// "X favours freezing the line", "critics like X have urged ..."): as written, as the forms that are also nouns
    /// ("states", "support", "calls") would find holders in "the alliance's member states".
    /// </summary>
    public static readonly HashSet<string> HoldingVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "argue", "argues", "argued", "believe", "believes", "believed", "think", "thinks", "want", "wants",
        "wanted", "favour", "favours", "favoured", "favors", "favored", "prefer", "prefers", "preferred", "proposes", "proposed",
        "urge", "urges", "urged", "warn", "warns", "warned", "insist", "insists", "insisted", "stated", "claimed", "claiming",
        "acknowledges", "acknowledged", "admits", "admitted", "suggests", "suggested", "recommends", "recommended", "demanded",
        "hopes", "hoped", "feared", "rejects", "rejected", "opposes", "opposed", "supported", "denies", "denied", "denying",
        "predicts", "predicted", "expects", "considers", "vowed", "pledged", "promised", "criticises", "criticised", "criticizes",
        "criticized", "welcomed", "dismissed", "stressed", "concluded", "writes", "wrote", "sees", "viewed", "regards", "regarded", "deemed", "agree", "agrees", "agreed",
        "disagree", "disagrees", "disagreed", "accuses", "accused", "called", "seeks", "sought", "told", "tells",
        // Said of many holders ("officials see", "critics reject", "residents reckon") and the verbs of judging that keep a view.
        "see", "reject", "oppose", "deny", "predict", "consider", "considered", "accuse", "reckon", "reckons", "reckoned", "maintain",
        "maintains", "maintained", "contend", "contends", "contended", "describe", "describes", "describing", "doubted", "dismisses",
        "stresses", "blames",
    };

    /// <summary>Verbs of judging before a superlative make it the holder's judgement ("what does Jo think is best?").</summary>
    public static readonly HashSet<string> JudgingVerbs = new(StringComparer.Ordinal)
    {
        "think", "thinks", "thought", "believe", "believes", "believed", "consider", "considers", "considered", "feel", "feels", "felt",
        "argue", "argues", "argued", "regard", "regards", "see", "sees", "view", "views", "deem", "deems", "find", "finds",
    };

    /// <summary>Words ranking one thing above the rest ("the biggest", "most"): an answer must rank it too.</summary>
    public static readonly HashSet<string> Superlatives = new(StringComparer.Ordinal) { "most", "least", "biggest", "largest", "greatest", "worst", "best", "strongest", "weakest" };

    /// <summary>Verbs that name what a thing is taken to be, with "as" ("described the move as", "branded them as"): calling it that.</summary>
    public static readonly string[] DescribingVerbs = ["describe", "described", "label", "labelled", "labeled", "brand", "branded", "characterise", "characterize", "portray", "term", "termed", "dub", "dubbed", "recognise", "recognize", "recognised", "recognized"];

    /// <summary>Superlatives of size or weight that rank a thing first, any one saying the others ("top", "biggest").</summary>
    public static readonly HashSet<string> RankingFirst = new(StringComparer.Ordinal) { "biggest", "largest", "greatest", "top", "leading", "foremost" };

    /// <summary>Adjectives that "most" makes a ranking by weight ("the most significant"), as <see cref="RankingFirst"/> does.</summary>
    public static readonly HashSet<string> WeightAdjectives = new(StringComparer.Ordinal) { "significant", "important", "substantial", "consequential" };

    /// <summary>Words before a superlative that rank the thing below the first ("second largest", "not the biggest", "one of the biggest").</summary>
    public static readonly HashSet<string> RankBelowFirst = new(StringComparer.Ordinal) { "one", "second", "third", "fourth", "fifth", "not", "nor", "never" };

    /// <summary>Words after which a sentence names whose view it gives ("..., says X", "according to X").</summary>
    public static readonly HashSet<string> HolderTags = new(StringComparer.Ordinal)
    {
        "says", "said", "according", "writes", "wrote", "adds", "added", "argues", "argued", "warns", "warned", "insists", "insisted",
    };

    /// <summary>Words opening a clause of its own, whose subject is not the one of the clause before.</summary>
    public static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "because", "while", "whereas", "although", "though", "whether", "if", "when", "after", "before",
    };
}
