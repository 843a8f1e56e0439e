using System.Buffers;
using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Pipeline;

/// <summary>What a question asks for.</summary>
internal enum Intent
{
    General, Help, Captions, More, About, Author, Sections, Source, YesNo, WhoSaid, Order, Compare, Relation, Count, List, Why, When,
    OnDate, SpeakerSaid, Supporters, Opponents, Position, Who,
}

/// <summary>
/// Recognises the intent from cue words in the lowercased, tokenised question. The first rule
/// that matches wins, so specific shapes ("who said ...") come before general ones ("who ...").
/// </summary>
internal static partial class IntentRecognizer
{
    /// <summary>
    /// The rules in order, each with the pieces of text of which a question it matches holds at least one (none: no
    /// such check). Most questions pass most rules by, and finding none of a few pieces is far cheaper than running a
    /// pattern that may start anywhere; a question holding one is still decided by the pattern.
    /// </summary>
    private static readonly (Intent Intent, Regex Pattern, SearchValues<string>? Cues)[] Rules =
    [
        (Intent.Help, HelpPattern(), Cues("help", "start", "menu", "commands", "hello", "hi", "hey", " you ", "work", "can i ask")),
        (Intent.Captions, CaptionsPattern(), Cues("photo", "picture", "image", "caption")),
        (Intent.More, MorePattern(), Cues("more", "go on", "continue", "keep going", "elaborate", "details", "else", "expand")),
        (Intent.About, AboutPattern(), Cues("about", " on", "say", "called", "argument", "point", "summar", "tldr", "tl dr", "gist", "thesis", "overview",
            "takeaway", "main", "central", "key", "core", "bluf", "overall", "title", "headline")),
        (Intent.Author, AuthorPattern(), Cues("who ", "author", "writer", "byline", "written by")),
        (Intent.Sections, SectionsPattern(), Cues("section", "heading", "structure", "outline", "chapters", "parts of the article")),
        (Intent.Source, SourcePattern(), Cues("publi", "outlet", "newspaper", "source of", "from", "which ", "when", "produced", "put out", "date of", "day of", "article date",
            "article s date", "piece date", "piece s date", "post date", "post s date", "story date", "story s date")),
        (Intent.YesNo, YesNoPattern(), null),
        (Intent.Who, StandsForPattern(), Cues("stand", "short for", "abbreviation", "acronym", "full name")),
        (Intent.Who, OfficeHeldPattern(), Cues("hold", "occupy", "fill")),
        (Intent.WhoSaid, WhoSaidPattern(), Cues("who")),
        (Intent.WhoSaid, WhichSaidPattern(), Cues("which ", "what ")),
        (Intent.Order, OrderPattern(), Cues("order", "chronolog", "sequence", "first", "earlier", "last", "later", "before", "after", "how long",
            "how many", "how much", "days", "weeks", "months", "years", "event", "sort")),
        (Intent.Compare, ComparePattern(), Cues("compar", "versus", "vs", "differ", "contrast", "similar", "same view")),
        (Intent.Relation, RelationPattern(), Cues("relat", "connect", "ties", "tied", "link", "along", "between", "to do with")),
        (Intent.List, ListFormPattern(), Cues([.. ListHeads.Split('|'), "list", "enumerate", "stuff"])),
        (Intent.List, PluralFragmentPattern(), null),
        (Intent.Why, WhyPattern(), Cues("why", "how come", "reason", "expla", "factor", "drivers", "motiv", "grounds", "justification", "what ", "because", "consequence", "risk", "behind", "driving", "fuel", "underl")),
        (Intent.Count, CountPattern(), Cues("how ", "number of", "count")),
        (Intent.List, ListPattern(), Cues("name ", "list", "which ", "what ", "whats ", "wat", "enumerate", "who ", "makes up")),
        (Intent.When, WhenPattern(), Cues("when", "date", "day", "year", "month", "timing", "time", "ago")),
        (Intent.OnDate, OnDatePattern(), Cues("happen", "occurred", "took place", "went on", "going on", "what was", "what were", "event", "timeline",
            "chronology", "any news", "on ", "in ", "during ")),
        (Intent.SpeakerSaid, SpeakerSaidPattern(), Cues([.. SpeakerWords.Split('|'), "state"])),
        (Intent.Opponents, OpponentsPattern(), Cues([.. OpposingWords.Split('|'), "opponent", "opposition"])),
        (Intent.Supporters, SupportersPattern(), Cues([.. SupportingWords.Split('|'), "supporters", "backers"])),
        (Intent.Who, WhichPersonPattern(), Cues("which ", "what ")),
        (Intent.Position, PositionPattern(), Cues("think", "thought", "view", "vibe", "position", "stance", "stand", "opinion", "argue", "want",
            "believe", "feel", "attitude", "approach", "policy", "take on", "push", "call", "line on", "wish", "goal", "aim", "prefer", "propose",
            "about", "perspective", "agenda", "interest", "strategy", "concern", "worr", "afraid", "fear", "beef", "problem", "issue", "gripe",
            "grievance", "objection", "how ")),
        (Intent.Who, WhoPattern(), Cues("who", "tell me about", "what", "describe", "info", "background", "identity")),
    ];

    private static SearchValues<string> Cues(params string[] pieces) => SearchValues.Create(pieces, StringComparison.Ordinal);

    /// <summary>Whether the words may match a pattern with these cues: they hold one of them, or there are none to check.</summary>
    private static bool MayMatch(string words, SearchValues<string>? cues) => cues is null || words.AsSpan().ContainsAny(cues);

    /// <summary>
    /// Returns the intent of a question given as lowercase tokens joined by single spaces. A question
    /// without a question word that puts a verb like "is" or "did" after its subject and ends with a
    /// question mark ("Ruritania is open to it?") asks yes or no, as does one ending "..., right?".
    /// </summary>
    /// <param name="tagged">Whether a question tag ("..., right?", "..., didn't it?") was read off the end: it asks for agreement.</param>
    /// <param name="except">A rule the caller has ruled out ("which outlet did he tell?" asks no source of the article).</param>
    /// <param name="finiteVerb">Whether the question as written puts a verb between subject and object (<see cref="HasFiniteVerb"/>).</param>
    public static Intent Recognize(string words, bool questionMark = false, bool tagged = false, Intent? except = null, bool finiteVerb = false)
    {
        // "was it before or after the vote?" asks which came first, not yes or no.
        if (MayMatch(words, ChoiceCues) && BeforeOrAfterPattern().IsMatch(words))
            return Intent.Order;
        // "was X's answer the same as Y's or different?": a choice between alike and unlike asks how they compare, not yes or no.
        if (MayMatch(words, ChoiceCues) && SameOrDifferentPattern().IsMatch(words))
            return Intent.Compare;
        // "which is bigger, the fund or the loan?": a choice by size between two things asks how they compare. Not "what did
        // they lose more of, ships or crews?", a choice of one thing.
        if (MayMatch(words, ChoiceCues) && SizeChoicePattern().IsMatch(words))
            return Intent.Compare;
        // A claim's shape ("Ruritania is open to it?") asks yes or no whatever rule matches. When the first rule to match is
        // the one for a question opening with a verb ("did ..."), it asks yes or no anyway, and the shape (several patterns) is not read.
        var opening = FirstMatch(words, except, 0, YesNoRule + 1);
        if (opening == YesNoRule)
            return Intent.YesNo;
        if (DeclarativeYesNo(words, questionMark, finiteVerb) || (tagged && !AsksWithQuestionWord(WithoutRelativeClauses(words))))
            return Intent.YesNo;
        if (opening >= 0)
            return Rules[opening].Intent;
        var later = FirstMatch(words, except, YesNoRule + 1, Rules.Length);
        return later >= 0 ? Rules[later].Intent : Intent.General;
    }

    /// <summary>The place in <see cref="Rules"/> of the rule for a question opening with a verb ("did ...", "is ...").</summary>
    private static readonly int YesNoRule = Array.FindIndex(Rules, rule => rule.Intent == Intent.YesNo);

    /// <summary>The first of the rules from <paramref name="start"/> up to <paramref name="end"/> that the words match, or -1.</summary>
    private static int FirstMatch(string words, Intent? except, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var (intent, pattern, cues) = Rules[i];
            if (intent != except && MayMatch(words, cues) && pattern.IsMatch(words) && !(intent == Intent.Compare && DifferentMeansVarious(words)))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// "Harbour toll: any exemptions since the vote?": a label, then whether there is any of something, asks yes or no,
    /// however telegraphic. Read in the text as written, as the label's colon is what sets it apart.
    /// </summary>
    public static bool AsksWhetherAny(string text) => LabelledAny().IsMatch(text) && !AsksWithQuestionWord(text.ToLowerInvariant());

    [GeneratedRegex(@"^[^:?]{3,60}:\s+any\s[^?:]+\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledAny();

    private static bool DeclarativeYesNo(string words, bool questionMark, bool finiteVerb) =>
        !AsksWithQuestionWord(words) && !Request().IsMatch(words)
        && ((questionMark && (finiteVerb || (MayMatch(words, AuxiliaryCues) && InnerAuxiliaryPattern().IsMatch(words))
                || (MayMatch(words, PastTenseCues) && InnerPastTensePattern().IsMatch(words))
                || (MayMatch(words, PresentTenseCues) && InnerPresentTensePattern().IsMatch(words))
                || (MayMatch(words, BareVerbCues) && InnerBareVerbPattern().IsMatch(words))
                || ComparedFragment().IsMatch(words)))
            || (MayMatch(words, TagCues) && TagPattern().IsMatch(words)));

    /// <summary>"list the measures X has agreed to?": a request opens with what to do, whatever verb follows.</summary>
    [GeneratedRegex(@"^(list|name|tell|give|show|describe|explain|summari[sz]e|enumerate|outline|identify) ")]
    private static partial Regex Request();

    /// <summary>
    /// "the police who beat protesters were punished, right?": "who" after a noun opens a clause about it, and asks
    /// nothing. Left out, so the claim the tag asks about can be read.
    /// </summary>
    private static string WithoutRelativeClauses(string words) => RelativeWord().Replace(words, " ");

    [GeneratedRegex(@"(?<=\b(?!(?:and|so|but|then|or|ok|okay|well|also|now|yo|lol|hmm|hey|tell|me|us|know|ask|wonder|is|was|are|were|s)\b)[a-z]{3,}) (who|whom|whose|which|where|when)\b")]
    private static partial Regex RelativeWord();

    private static bool AsksWithQuestionWord(string words) => MayMatch(words, QuestionWordCues) && QuestionWordPattern().IsMatch(words);

    private const string PresentVerbs = "wants|needs|links|supports|opposes|backs|agrees|plans|seeks|says|thinks|believes|knows|cares|likes|talks|depends|controls|dominates|relies|claims|argues|suggests|holds|remains|stays|sees|views|blame|blames|favors|favours|accepts|rejects|refuses|hopes|fears|expects|intends|tries|allows|helps|uses|gets|gives|makes|takes|shows|means|calls|treats|considers|describes|admits|denies|trusts|fights|leads|owns|lacks|faces|risks|chairs|heads|runs|represents|hosts|belongs|works|lives|serves|sits|joins|signs|sends|visits|meets|governs|rules|funds|arms|trains|threatens|wins|loses|keeps|follows";
    /// <summary>Bare verbs a learner of English puts after the subject ("X go to Y?", "X also say no?"), which are seldom nouns.</summary>
    private const string BareVerbs = "go|say|send|agree|refuse|want|join|attend|accept|reject|oppose|deny|believe|think|know|give|take|make|become|come|meet|leave|win|lose|sign|allow|help|try|get|keep|deploy|invade|threaten|recognize|recognise|approve|announce|admit|expect|decide|cancel|skip|avoid|receive|buy|sell|pay|build|fight|lead|stop|continue|trust|respond|react|criticize|criticise|condemn|praise|blame|ask|tell|like";

    /// <summary>
    /// A noun a participle describes: a word that is no determiner, pronoun, preposition or adverb in "-ly", which
    /// follow a verb ("sailed to", "rejected the plan", "acted quickly").
    /// </summary>
    private const string HeadingNoun = @"(?!(the|a|an|his|her|its|their|this|that|these|those|it|them|him|us|to|on|in|at|by|with|for|from|of|into|over|after|before|during|since|until|and|or|but|as|up|down|out|off|back|away|again|last|yesterday|today)\b)(?!\w+ly\b)\w+";

    /// <summary>Common irregular past tenses, which no "-ed" shows.</summary>
    public static readonly HashSet<string> IrregularPast = [.. PastVerbs.Split('|')];

    /// <summary>A past form: "-ed" on a word long enough to have a stem ("based", not "bed"), or a common irregular one ("held").</summary>
    public static bool IsPastForm(string token) =>
        IrregularPast.Contains(token) || (token.Length > 4 && token.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>A form that may follow "was" or "has": a past form, or a participle of its own ("chosen", "taken").</summary>
    public static bool IsPastParticiple(string token) => IsPastForm(token) || IrregularParticiples.Contains(token);

    private static readonly HashSet<string> IrregularParticiples =
    [
        "chosen", "taken", "given", "written", "known", "seen", "shown", "thrown", "drawn", "driven", "beaten", "broken", "spoken",
        "stolen", "forgotten", "hidden", "fallen", "grown", "sworn", "torn", "born", "done", "gone", "begun", "overthrown",
        "undertaken", "forbidden", "withdrawn", "frozen", "risen", "ridden", "shaken", "forgiven", "blown", "flown", "proven",
    ];

    private const string PastVerbs = "said|told|spoke|met|went|took|gave|made|wrote|sent|began|held|led|saw|won|lost|left|came|became|broke|chose|thought|knew|got|found|kept|brought|fought|sought|ran|rose|fell|grew|drew|stood|meant|felt|heard|paid|sold|built|put|set|cut|hit|let|quit|shut|spread|struck|withdrew|drove|flew|threw|fled|bought|caught|taught|sank|overthrew|undertook|forbade|stole|froze|shook|swore|hid|dealt|forgave|oversaw";
    private const string InnerAuxiliaries = "is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|must";

    /// <summary>A verb the patterns above read after the first word stands after a space; a past tense in "-ed" before one.</summary>
    private static readonly SearchValues<string> PresentTenseCues = Cues([.. PresentVerbs.Split('|').Select(verb => " " + verb)]);
    private static readonly SearchValues<string> PastTenseCues = Cues(["ed ", .. PastVerbs.Split('|').Select(verb => " " + verb)]);
    private static readonly SearchValues<string> BareVerbCues = Cues([.. BareVerbs.Split('|').Select(verb => " " + verb)]);

    private static readonly HashSet<string> BareVerbSet = new(BareVerbs.Split('|'), StringComparer.Ordinal);

    /// <summary>Whether the word is a verb in its bare form, seldom a noun ("make", "send", "join").</summary>
    public static bool IsBareVerb(string token) => BareVerbSet.Contains(token);

    private static readonly SearchValues<string> ChoiceCues = Cues(" or ");
    private static readonly SearchValues<string> QuestionWordCues = Cues("wh", "how", "wat", "wot");
    private static readonly SearchValues<string> TagCues = Cues(" correct", " right", " true", " yes or no", " isnt it", " didnt it");
    private static readonly SearchValues<string> AuxiliaryCues = Cues([.. InnerAuxiliaries.Split('|').Select(verb => " " + verb)]);

    /// <summary>
    /// "the mayor wants a toll?", "the author links it to X?": a common verb in the present after the first word; only
    /// its "-s" form, as the bare form is often a noun ("Author's link to X?"); and not after a determiner, where the
    /// "-s" form is a plural noun ("delivery dates for the arms?").
    /// </summary>
    [GeneratedRegex(@"^\S+( \S+)*? (?<!\b(a|an|the|these|those) )(" + PresentVerbs + @")\b")]
    private static partial Regex InnerPresentTensePattern();

    /// <summary>
    /// "Harbour budget above 2% of revenue?", "Kill zone at least 10 km deep?", "Mayor still in office?", "Aid up since
    /// the vote?": a claim put without a verb, which measures or dates what it names against something, asks whether
    /// that holds. Its first word is no question word (checked before), and the measure follows something it measures.
    /// </summary>
    [GeneratedRegex(@"^\S+( \S+)*? (at least|at most|more than|less than|fewer than|higher than|lower than|greater than|(over|under|above|below) \d+|still|(up|down) (since|from))\b")]
    private static partial Regex ComparedFragment();

    /// <summary>
    /// "the mayor go to Lorvik?", "Brenmark also say no?": a bare verb after the first word, not after a determiner,
    /// possessive or "to" ("the deal they reject?" is no claim about the subject, "want to go" already is one).
    /// </summary>
    [GeneratedRegex(@"^\S+( \S+)*? (?<!\b(s|a|an|the|any|some|his|her|its|their|this|that|no|to) )(" + BareVerbs + @")\b")]
    private static partial Regex InnerBareVerbPattern();

    /// <summary>
    /// "the minister issued his denial on May 2?", "the mayor spoke on June 14?": a past-tense verb after the first word,
    /// not a participle after a determiner or possessive ("X's canceled visit?", "any named people?") or after a
    /// preposition ("share of sanctioned ships?", "aid for armoured units?"), where no verb stands. Nor one that a
    /// preposition's noun phrase holds before a noun ("delivery dates for the Ruritanian armoured carriers?"): a heading
    /// names what it asks about there, where a claim's verb is followed by its object or a preposition ("the boats of
    /// the town sailed to X?").
    /// </summary>
    [GeneratedRegex(@"^\S+( \S+)*? (?<!\b(s|a|an|the|any|some|his|her|its|their|this|that|no|of|for|with|under|from|about|into|to) )(?<!\b(of|for|with|under|from|about|into|to|on|over|against|toward|towards|per) (the |a |an |its |their |his |her |these |those )?\w+ (?=\w+ed " + HeadingNoun + @"))(\w{3,}ed(?= \S)|" + PastVerbs + @")\b")]
    private static partial Regex InnerPastTensePattern();

    [GeneratedRegex(@"\b(who|whom|whose|what|whats|when|where|why|which|how|wat|wot)\b")]
    private static partial Regex QuestionWordPattern();

    [GeneratedRegex(@"^\S+( \S+)* (" + InnerAuxiliaries + @")\b")]
    private static partial Regex InnerAuxiliaryPattern();

    [GeneratedRegex(@" (correct|right|true|yes or no|isnt it|didnt it)$")]
    private static partial Regex TagPattern();

    /// <summary>A follow-up such as "and the mayor?" or "what about the council": the rest of the question is the new subject.</summary>
    public static string? StripFollowUp(string words)
    {
        var match = FollowUpPattern().Match(words);
        return match.Success ? words[match.Length..].Trim() : null;
    }

    /// <summary>
    /// "and where did he go next?", "so what did they agree on?": after the opening the question asks with a question
    /// word of its own, so it is a whole question, not the previous one again with a new subject.
    /// </summary>
    public static bool AsksItsOwn(string rest) => OwnQuestionWord().IsMatch(rest);

    [GeneratedRegex(@"\b(what|whats|where|wheres|who|whos|whom|whose|which|how|why|when)\b")]
    private static partial Regex OwnQuestionWord();

    [GeneratedRegex(@"^(help|start|menu|commands|hello|hi|hey)$|\bwhat (can|do) you (do|know|answer)\b|\bhow (do|does) (this|it|you) work\b|\bwhat can i ask\b")]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^(and )?(tell me |say |give me )?(more|go on|continue|keep going|elaborate|details|more details|anything else|what else|expand)( please| pls)?$")]
    private static partial Regex MorePattern();

    [GeneratedRegex(@"\b(what|whats) (is |does |did )?((the |this |that )?(article|piece|story|post|text|it|this|blog post|analysis)|(this|that) one) (is )?(even |really |actually |all |mainly )?(about|on|saying|say|(?:talks?|talking|speaks?|speaking) about)\b(?! (?!(briefly|shortly|quickly|simply|exactly|really|mainly|overall|basically|lol|anyway|again|then|now|please|pls|actually|honestly|in short|in a nutshell|in (simple|plain|easy|few|a few) (words|terms|english))\b)\w)|\b(article|piece|story|post|text) is about what\b|^about what (is|was|does) (the |this |that )?(article|piece|story|post|text|it|this)\b|\b(summary|summarize|summarise|summarise|tldr|tl dr|gist|thesis|overview|takeaway|takeaways)\b|\b(main|central|key|overall|core) (point|points|argument|idea|claim|message|topic|subject|theme|thesis|assessment)\b|^bluf\b|^(what is |whats )?(the )?(title|headline)$|\b(title|headline) of (the|this) (article|piece|post|story)\b|\bwhat is (it|the article|this) called\b|\bwhat (is|s) the (argument|point)\b")]
    private static partial Regex AboutPattern();

    [GeneratedRegex(@"\bwho (wrote|authored|penned|writes)\b|\bwho( is| was| s| are| were)?( the)? (author|writer|authors|writers)\b|\bbyline\b|\bwritten by\b|^(the )?author$|\babout the author\b|\bauthor( s)? (bio|background)\b|^(what is )?(the )?author s name$|\bname of the author\b|\bwho is it by\b|\bwho is this by\b")]
    private static partial Regex AuthorPattern();

    // "structure" and "outline" ask about the article only as its own ("the structure", "its outline"), not "force structure";
    // "outline the events of May" opening a request asks to tell them, not for the article's outline.
    [GeneratedRegex(@"\b(sections|section|headings|heading|subheadings|chapters|parts of the article)\b|(^|\b(the|its|article|article s|piece s|this) )(structure|outline)\b(?<!^outline)|^outline( (of )?(the |this )?(article|piece|story|text))?$")]
    private static partial Regex SectionsPattern();

    // "what is the article's date?" asks the date of the article as "the date of the article" does; "when does the article
    // date it?" asks when something happened.
    [GeneratedRegex(@"\b(published|publisher|publication|outlet|newspaper)\b|\b(produced|coproduced|co produced|put out)( (it|this|the article|this article|the piece|this piece|the report))?\s*$|\bsource of (the|this) article\b|\b(date|day) of (the|this) (article|piece|post|story)\b|\b(article|piece|post|story)( s)? date\b(?! (it|them|this|that|these|those)\b)|\bwhere (is|was) (it|this|the article) from\b|\bwhich (site|website|paper)\b|\bwhen\b.*\b(article|piece|post|story|it)\b.*\b(written|write|wrote|posted|released|came out)\b")]
    private static partial Regex SourcePattern();

    // "why put up pictures of old kings?": pictures of something, with no "the" to make them the article's, are the world's.
    [GeneratedRegex(@"\b(photo|picture|image|caption|captions|photograph)\b|\b(photos|pictures|images|photographs)\b(?! of\b)|\b(the|these|those|its|any) (photos|pictures|images|photographs) of\b")]
    private static partial Regex CaptionsPattern();

    [GeneratedRegex(@"\b(stand|stands) for\b|\bshort for\b|\babbreviation\b|\bacronym\b|\bfull name\b")]
    private static partial Regex StandsForPattern();

    [GeneratedRegex(@"^(did|does|do|is|was|were|are|has|have|had|can|could|will|would|should|shall|might|isnt|didnt|doesnt|wasnt|arent|werent|hasnt|havent|wont|cant)\b")]
    private static partial Regex YesNoPattern();

    [GeneratedRegex(@"\bwho (?:is |was |s )?(?:saying|claiming|stating) (?:this|that|so|it)\b|\bwho (say|said|says|stated|states|announced|announces|declared|claimed|claims|told|tells|denied|denies|argued|argues|noted|notes|urged|urges|called|warned|remarked|reported|suggested)\b|\bwho is quoted\b|\bwhose (words|quote|statement)\b")]
    private static partial Regex WhoSaidPattern();

    [GeneratedRegex(@"^(which|what) (?!(?:has|have|had|did|does|do|is|was|were|are|will|would)\b)(\w+ ){1,3}(said|says|stated|argued|argues|claimed|noted|announced|declared|denied|urged|told|warned|called)\b")]
    private static partial Regex WhichSaidPattern();

    [GeneratedRegex(@"^(which|what) (\w+ )?(expert|analyst|official|officials|diplomat|minister|journalist|person|people|leader|leaders|group|groups|country|countries|state|states|organization|organisation|body|party|ambassador|president)\b")]
    private static partial Regex WhichPersonPattern();

    [GeneratedRegex(@"\bin (chronological |the right |what |which )?order\b|\b(the|right|correct|what|which) order\b|\b(chronolog\w*|sequence)\b|\b(which|what) (came|come|comes|happened|happen|was|occurred) (first|earlier|last|later)\b|\b(came|happened|occurred|went|took place) (first|earlier|before|after|later)\b|\bhow long (after|before|between|did it take|passed|elapsed)\b|\bhow (many|much) (days|weeks|months|years|time)\b(?=.*\b(after|before|between|passed|elapsed|later|earlier|apart)\b)|\b(days|weeks|months|years) (after|before|between|later|passed|elapsed)\b|\b(first|earliest|latest|last) event\b|^(order|sort)\b")]
    private static partial Regex OrderPattern();

    [GeneratedRegex(@"\b(before or after|after or before|earlier or later|later or earlier)\b")]
    private static partial Regex BeforeOrAfterPattern();

    [GeneratedRegex(@"\b(same|similar|alike)\b.*\bor (different|differ|differs|not|unlike|opposite)\b|\b(different|differ|differs)\b.*\bor (the same|same|similar|alike)\b")]
    private static partial Regex SameOrDifferentPattern();

    [GeneratedRegex(@"^(which|what|who|whose) (\w+ ){0,3}(bigger|larger|greater|higher|smaller|lower|cheaper|costlier|heavier|(more|less) (big|large|small|costly|expensive))\b.* or \w")]
    private static partial Regex SizeChoicePattern();

    [GeneratedRegex(@"\b(compare|comparison|compared|versus|vs|differ|differs|difference|differences|contrast|contrasts|different|similar|similarities|same view)\b")]
    private static partial Regex ComparePattern();

    /// <summary>
    /// How two sides are tied ("what does X have to do with Y?"), unless "who" opens the question with a deed of its own
    /// ("who brokered the ties between Roe and Hale?", "who was in charge of Vell's relations with Ardun?"): that asks for
    /// the doer, whatever was done.
    /// </summary>
    [GeneratedRegex(@"^(?!who (\w+ly |first |once |later |at first )?((was|were|is|are) )?((?!(related|connected|linked|tied)\b)\w+ed|" + Vocabulary.SteeringPattern + @")\b).*\b(relationship|relationships|relations|relation|related|relate|relates|connect|connects|connected|connection|connections|ties|tied|links|linked|linkage|linkages|link between|get along|along with|between|(has|have|had) to do with)\b")]
    private static partial Regex RelationPattern();

    [GeneratedRegex(@"\bhow (many|much) (\w+ ){0,2}(?!(does|was|has|is)\b)\w{3,}s\b|\bhow many\b|\bnumber of\b|\bcount\b")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"^(name|list) (them|these|those|all)\b|\bwhich ones\b|^what are they\b|^(which|what) \w+[^s]s (does|do|did|are|were|has|have)\b|\b(list|enumerate)\b|\b(what|which|who) (are|were) the (two|three|four|five|\d+|main|principal|major)\b|\bname (the|all)\b|\bwhat are (all )?the\b" + Contents)]
    private static partial Regex ListPattern();

    /// <summary>
    /// "what's in the toll package?", "what does the plan include?", "who makes up the board?": what a thing is made of is a list of its parts. Not
    /// the article's own contents, which the rule for what it is about reads.
    /// </summary>
    private const string Contents = @"|^(what|whats|wat|wats) (is |are |s )?in (?!(the |this |that )?(article|piece|story|text|post|report|news|it)\b)\w"
        + @"|\bwhat (does|do|did|will|would) (\w+ ){1,4}(include|involve|entail|comprise|consist of)\b|\b(what|who) (typically |usually |really |actually )?(makes|make|made) up\b";

    /// <summary>Plural nouns that name the items of a list ("the steps", "what kinds of support", "techniques cited").</summary>
    private const string ListHeads = "things|kinds|types|sorts|forms|steps|measures|conditions|terms|examples|methods|tricks|techniques|tactics|tools|instruments|values|components|elements|indicators|signs|dimensions|constraints|restrictions|mechanisms|recommendations|recs|demands|items|categories|streams|ways|lessons|successes|achievements|weaknesses|shortcomings|abuses|theaters|theatres|problems|challenges|risks|hurdles|obstacles|difficulties|threats";

    /// <summary>
    /// A list asked for by its form, whatever else the words say: "could you list ...", "which things ...", "what stuff
    /// did they ban?" (not "what is their stuff for?", which asks of a thing named), or a bare
    /// noun phrase headed by a plural of items ("Deceptive shipping techniques cited.", "Constraints the deal placed on X").
    /// Not when it asks why or who takes a side, which the rules for those read.
    /// </summary>
    [GeneratedRegex(@"^(?!.*\b(why|reasons?|opponents?|opposition|critics|supporters|backers)\b)(.*\b(list|enumerate)\b|.*\b(which|what|wat|wats) (\w+ ){0,2}(" + ListHeads + @")\b|.*\b(which|what|wat|wats) (?!(is|are|was|were|s)\b)(\w+ ){0,2}stuff\b|(?!.*\b(who|whom|whose|what|whats|when|where|which|how|wat|wot)\b)(\w+ ){0,2}(" + ListHeads + @")\b)")]
    private static partial Regex ListFormPattern();

    /// <summary>
    /// A bare noun phrase headed by a plural, with no question word ("Powers X regards as arbiters", "Forces available
    /// to exploit it", "Limits on their support."): it asks for those things, one by one. Not heads that ask why
    /// ("drivers of ...") or who (the rules for backers and opponents read "actors promoting X"), nor details another rule
    /// reads ("dates and locations of ..."), nor words ending in "s" that are no plurals ("status", "news").
    /// </summary>
    [GeneratedRegex(@"^(?!.*\b(who|whom|whose|what|whats|when|where|which|how|wat|wot|why|reasons?|opponents?|opposition|critics|supporters|backers)\b)(?!(drivers|grounds|factors|causes|motives|implications|consequences|actors|players|people|figures|parties|groups|names|candidates|dates|times|locations|places|numbers|amounts|news|means|series|status|versus|sanctions|politics|economics)\b)[a-z]{2,}[^sui\W]s \w+ \w+")]
    private static partial Regex PluralFragmentPattern();

    // "which workers protest because pay fell?" asks which, whatever follows "because".
    [GeneratedRegex(@"\bwhy\b|\bhow come\b|\breasons?\b|\bexplain\b|\bexplains\b|\bexplanation\b|\b(factor|factors|drivers)\b|\bmotive\b|\bmotives\b|\bgrounds (for|behind)\b|\bon what grounds\b|\bjustification\b|\bmotivation\b|\bwhat (made|led|drove|drives|caused|causes|motivated|motivates|prompted|pushed)\b|^(?!(who|whom|which|where|when|how many|how much)\b).*\bbecause\b|\bwhy s\b|\bwhat for\b|\bwhat (could|would|might|will) happen\b(?! " + DatedFuture + @")|\bconsequences?\b|\bwhat if\b|\brisks?\b" + Behind)]
    private static partial Regex WhyPattern();

    /// <summary>"in June", "by next year", "this week": a time ahead that makes "what will happen" ask what is dated then, not what follows from something.</summary>
    private const string DatedFuture = @"(in|on|by|during|this|next) (the )?(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|early|late|mid|next|coming|week|month|year|spring|summer|autumn|winter)";

    /// <summary>"what's behind X?", "what lies behind X?", "what is driving X?": the cause of X, not a thing or an amount of it.</summary>
    private const string Behind = @"|\b(what|whats|wat|wats) (is |s |was |are |were |lies |lay |really |actually )*(behind|driving|fuelling|fueling|underlies|underlay)\b";

    [GeneratedRegex(@"^(?!(what|whats|which|who|whose|how|why|where)\b)(.* )?when\b|^(the )?(dates?|days?|years?|months?|timing)( and \w+)? (of|for)\b|\b(what|which) (date|day|year|month|time)\b|\bhow long ago\b|\bwhat time\b")]
    private static partial Regex WhenPattern();

    [GeneratedRegex(@"\b(what|anything|something) (happened|happen|occurred|took place|went on|going on)\b|\bwhat (will|would|could|might) happen " + DatedFuture + @"|\bwhat (was|were) (on|in)\b|\bevents?\b|\bhappenings\b|\btimeline\b|\bchronology\b|\bany news\b|^(on|in|during) (the )?(\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|early|late|mid|last|that|this)")]
    private static partial Regex OnDatePattern();

    /// <summary>"state" as a verb, not the noun after an article or in a name ("the state", "the Union State").</summary>
    private const string StateVerb = @"(?<!\b(?:the|a|an|union|islamic|member|nation|sovereign|soviet|client|buffer|rogue|failed|police|deep|welfare|baltic|gulf|caspian) )state";

    private const string SpeakerWords = "say|said|tell|told|announce|announced|stated|declare|declared|claim|claimed|deny|denied|note|noted|argue|argued|urge|urged|write|wrote|report|reported|mention|mentioned|quote|quoted|warn|warns|warned|insist|insists|insisted|admit|admits|admitted|stress|stresses|stressed|predict|predicts|predicted|promise|promises|promised|vow|vows|vowed|pledge|pledged|suggest|suggests|suggested|complain|complained|acknowledge|acknowledged|point out|pointed out|statement|statements|words";
    private const string OpposingWords = "push back|pushback|pushing back|oppose|opposes|opposed|opposing|against|resist|resists|resisted|resisting|reject|rejects|rejected|rejecting|refuse|refuses|refused|refusing|object|objects|objected|disagree|disagrees|disagreed|critic|critics|criticize|criticizes|criticise|fight|fights|fought|fighting";
    private const string SupportingWords = "support|supports|supported|supporting|back|backs|backed|backing|favor|favors|favour|favours|favored|favoring|want|wants|wanted|push|pushes|pushed|pushing|endorse|endorses|endorsed|advocate|advocates|proposed|proposes|propose|in favor|in favour|side with|sides with|sided with|siding with|stand with|stands with|stood with|allied with|ally with|allies with|on the side of";
    private const string PositionWords = "think|thinks|thought|view|views|viewpoint|vibe|vibes|position|positions|stance|stances|stand|stands|opinion|opinions|argue|argues|argued|want|wants|wanted|believe|believes|feel|feels|attitude|approach|policy|take on|push|pushes|pushed|call for|calls for|called for|line on|think of|wish|wishes|goal|goals|aim|aims|prefer|prefers|propose|proposes|proposed|do about|doing about|say about|said about|says about|position on|perspective|agenda|interest|interests|strategy|concern|concerns|worried|worry|afraid|fear|fears|beef|problem|problems|issue|issues|gripe|gripes|grievance|grievances|objection|objections";

    // "who did the report?", "which expert wrote it?" ask for a person, not for what was said.
    [GeneratedRegex(@"^(?!\W*(who|which)\b).*\b(" + StateVerb + "|" + SpeakerWords + @")\b")]
    private static partial Regex SpeakerSaidPattern();

    [GeneratedRegex(@"(\bwho\b|^(which|what) (\w+ ){0,2}(groups|countries|states|people|organizations|organisations|factions|actors|sides|parties|officials|leaders)\b).*\b(" + OpposingWords + @")\b|\bopponents?\b|\bopposition come from\b|\bcritics of\b|\bopposition to\b|^(\w+ ){0,2}opposition (figures|leaders|activists|politicians|parties|groups)\b")]
    private static partial Regex OpponentsPattern();

    [GeneratedRegex(@"(\bwho\b|^(which|what) (\w+ ){0,2}(groups|countries|states|people|organizations|organisations|factions|actors|sides|parties|officials|leaders)\b).*\b(" + SupportingWords + @")\b|\bsupporters\b|\bbackers\b")]
    private static partial Regex SupportersPattern();

    [GeneratedRegex(@"\b(" + PositionWords + @")\b|\bhow (does|do|did|is|was) .*\b(see|sees|view|views|regard|regards|feel|feels|approach|handle|treat|look at|looks at)\b")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"\bwho\b|\bwhat (does |did |do )?(\w+ ){1,4}do( for (work|a living))?$|\btell me about\b|\b(what|whats) (is|are|was|were)\b|^(what|whats) (the|a|an) \w+$|\bdescribe\b|\binfo\b|\bwhat do you know about\b|\bwho s\b|\bbackground\b|\bidentity\b")]
    private static partial Regex WhoPattern();

    /// <summary>"What office did he hold?", "which post does she occupy?": who the person is, not a list or a source.</summary>
    [GeneratedRegex(@"^(what|which) (job|title|role|office|post|rank)s? (does|did|do) (\w+ ){1,4}(hold|occupy|fill)\b")]
    private static partial Regex OfficeHeldPattern();

    // Interjections ("lol", "hmm", "wait") open a question as "so" and "ok" do: the question is what follows.
    [GeneratedRegex(@"^((lol|lmao|haha|hmm|um|uh|wait|yo|btw|oh|ah|well) )*(and|also|ok and|okay and|so|now|then|what about|how about|and what about|and how about|same for|same question for|what of|and for|ok what about|okay what about|ok|okay|lol|lmao|haha|hmm|um|uh|wait|yo|btw|oh|ah|well)\b( (the|for))?")]
    private static partial Regex FollowUpPattern();
}
