using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// The causal wordings, each with where its claim and reason lie. Generated at build time, so drafting an article at
/// start-up compiles no pattern.
/// </summary>
internal static partial class ExplanationFinder
{
    /// <summary>
    /// Where a cue's claim and reasons lie; <see cref="Order.Judged"/> and <see cref="Order.Result"/> are
    /// <see cref="Order.ReasonFirst"/> with a claim that may have lost its verb to the cue.
    /// </summary>
    private enum Order { ClaimFirst, ReasonFirst, ReasonBefore, ClaimBefore, ClaimOpening, OpeningReason, ClaimNamed, Cleft, Judged, Result }

    private static readonly (Regex Cue, Order Order)[] Cues =
    [
        (ItWasBecause(), Order.Cleft),
        (ThisExplains(), Order.ReasonBefore),
        (TheyPointTo(), Order.ClaimBefore),
        (TheAimWasTo(), Order.ClaimOpening),
        (ReasonForIs(), Order.ClaimNamed),
        (TheReasonIs(), Order.ClaimBefore),
        (CounterfactualIf(), Order.OpeningReason),
        (ExplainedBy(), Order.ClaimFirst),
        (CouldExplain(), Order.ReasonFirst),
        (ConsequenceOpener(), Order.ReasonBefore),
        (ReasonOpener(), Order.OpeningReason),
        (CausalLink(), Order.ClaimFirst),
        (CommaAs(), Order.ClaimFirst),
        // Before the results: "the feud was begun to divert eyes from X, which will lead to Y" is told for its purpose.
        (MadeTo(), Order.ClaimFirst),
        (LedTo(), Order.Result),
        (ParticipleResult(), Order.ReasonFirst),
        (ThusDoing(), Order.ReasonFirst),
        (FearsThat(), Order.ClaimFirst),
        (AsSeekingTo(), Order.ClaimFirst),
        (PenaltyFor(), Order.ClaimFirst),
        (StirredBy(), Order.ClaimFirst),
        (ExplainsWhy(), Order.ReasonFirst),
        (InABidTo(), Order.ClaimFirst),
        (MakesHarder(), Order.Judged),
        (HardWhen(), Order.ClaimFirst),
        (ThisMade(), Order.ReasonBefore),
        (SeenAsAWay(), Order.ClaimFirst),
        (ByDoing(), Order.ClaimFirst),
        (BrokeOutWhen(), Order.ClaimFirst),
    ];

    // "It was only because the harbour froze that the fleet stayed home", "X says it was only because ... that ...": the
    // cleft puts the reason first and the claim after its "that".
    [GeneratedRegex(@"(?:^(?:(?:But|And|Yet|Still|Indeed|Perhaps),? )?[Ii]t|\b(?:says|said|argues|argued|believes|believed|thinks|notes|noted|adds|added|insists|insisted) (?:that )?it) (?:is|was|has been|may be|may have been) (?:only |partly |largely |mainly |chiefly |precisely |simply |in part |above all )?because (?:of )?(?<reason>[^.;:]+?),? that (?<claim>[^;:]+)")]
    private static partial Regex ItWasBecause();

    [GeneratedRegex(@"^(?:This|That|It|Which) (?:also |partly |largely )?(?:explains|explained)\b")]
    private static partial Regex ThisExplains();

    // "The belief that X is widespread. They point to A; B; C": what believers point to is why they believe the sentence before.
    [GeneratedRegex(@"^(?:They|Critics|Supporters|Opponents|Sceptics|Skeptics|Analysts|Others|Many|Some)(?: \w+)? (?:point|pointed|points) to\b")]
    private static partial Regex TheyPointTo();

    // "The aim was to X": what the paragraph opened with was done to X.
    [GeneratedRegex(@"^(?:The|Their|His|Her|Its|Our) (?:\w+ )?(?:aim|goal|purpose|intention|objective|idea) (?:was|is|had been|has been) (?:both |simply |partly |clearly )?(?=to\b)")]
    private static partial Regex TheAimWasTo();

    // "If X had joined, Y would have ...": the condition is why the outcome would have followed.
    [GeneratedRegex(@"^(?:\w+, )?If\b(?=[^,]*\b(?:had|were)\b[^,]*,[^.]*\bwould(?: not)? have\b)")]
    private static partial Regex CounterfactualIf();

    [GeneratedRegex(@"\b(?:can|could|may|might|is|are|was|were) (?:also |partly |largely )?(?:be )?explained by\b")]
    private static partial Regex ExplainedBy();

    [GeneratedRegex(@"\b(?:can|could|may|might|would) (?:also |partly )?explain\b")]
    private static partial Regex CouldExplain();

    // "That is partly why X", "It is for this reason that X": what the sentence before told is why X.
    [GeneratedRegex(@"^(?:(?:But|And),? )?(?:Therefore|Thus|Hence|Consequently|As a result|For (?:this|that|these) reasons?|(?:[Tt]hat|[Tt]his) is (?:also |partly |largely |precisely |exactly |in part )?why|[Ii]t is (?:also |partly |largely |mainly |precisely |in part )?for (?:this|that|these) reasons? that)\b,?")]
    private static partial Regex ConsequenceOpener();

    [GeneratedRegex(@"^(?:(?:Yet|But|And|Still|However|Now|Moreover|Meanwhile|Indeed|Similarly|Ultimately),? )?(?:[Aa]s(?! well as| part of| for\b| of\b| with\b| such\b| usual\b| a result\b| if\b| though\b| ever\b| always\b| (?:far|long|soon|much|many) as\b| (?:we|I|you|is|was|were)\b)|[Bb]ecause|[Gg]iven(?: that)?|[Ii]n response to|[Ii]n reaction to|[Ii]n light of|[Ii]n view of|[Aa]mid|[Oo]wing to|[Dd]ue to|[Tt]hanks to|[Cc]onsidering(?: that)?|[Hh]aving|(?:[Dd]riven|[Ff]u?elled|[Ss]purred|[Pp]rompted|[Mm]otivated|[Aa]ngered|[Aa]larmed|[Ee]mboldened|[Ff]rustrated|[Ee]ncouraged) by)\b")]
    private static partial Regex ReasonOpener();

    // "It is not because X": a reason the sentence denies is none.
    [GeneratedRegex(@"(?<!(?:\bnot|\bnever|n't|n’t) )\b(?:because(?: of)?|due to(?! (?:be|appear|take|start|begin|arrive|open|visit|meet|return|hold|end|expire|come|go|sign|vote|launch|announce|travel|attend|publish|resume|face|stand)\b)|owing to|thanks to|in order (?:not )?to|so as (?:not )?to|so that(?!')|in (?:direct )?(?:response|reaction|retaliation) (?:to|for)|in protest (?:against|at|over)|as a (?:direct )?result of|in light of|stems? from|stemmed from|(?:comes|came|arises|arose|springs|sprang) from|(?:is|are|was|were|has been|have been) (?:(?!not\b|never\b)\w+ )?(?:rooted in|driven by|underpinned by|fu?elled by|motivated by|attributed to|prompted by|triggered by|caused by|sparked by|spurred by|dictated by)|(?:is|are) (?:closely )?(?:linked|tied|intertwined) (?:to|with)|(?:is|are|was|were) (?:\w+ )?(?:the|a) (?:direct )?(?:product|consequence|legacy) of|(?<!\b(?:be|been|being|is|are|was|were|has|have|had|get|gets|got|any|a|the|each|at|not) )given(?: that)?(?= (?:the|that|its|their|his|her|how|this|these|those|such)\b))\b(?!\s+and\b)")]
    private static partial Regex CausalLink();

    [GeneratedRegex(@", as (?!well|part|such|if|though|opposed|to\b|long|much|soon|far|many|a\b|an\b|(?:ever|always|in|with|we|I|was|were|is|are|has|have|had|did|does|do|will|would|can|could|should)\b|(?:exemplified|illustrated|indicated|evidenced|shown|demonstrated|seen|noted|mentioned|reported|expected|predicted|suggested) by\b)")]
    private static partial Regex CommaAs();

    // The auxiliary and adverb before the verb ("has previously led to") belong to the cue, not to the reason.
    [GeneratedRegex(@"(?:\b(?:has|have|had|will|would|could|may|might|can|also|often|previously|already|partly|largely|directly|ultimately|eventually|in turn)\s+)*\b(?:(?:contributed|contributes|contribute|led|leads|lead) to|resulted in|results in|gave rise to|gives rise to|caused|causes|triggered|triggers|sparked|sparks|prompted|impeded|impedes|hampered|hampers|hindered|hinders|undermined|undermines|obstructed|obstructs)\b(?!\s+by\b)|, which is why\b|(?:, which )?\b(?:means|mean|meant) that\b")]
    private static partial Regex LedTo();

    // ", leaving a vacuum": a participle after the main clause tells what that clause brought about.
    [GeneratedRegex(@", (?:thereby |in turn )?(?:leaving|forcing|prompting|pushing|causing|creating|fu?elling|sparking|triggering)\b(?! (?:aside|behind)\b)")]
    private static partial Regex ParticipleResult();

    // "Media were told to stay silent, thus lending the war support"; "Costs rose; hence the delay": what the clause before
    // the connective brought about follows it.
    [GeneratedRegex(@"[,;] (?:and )?(?:thus|thereby|hence|therefore|consequently)(?! far\b)(?:,? (?=\w+ing\b)|(?=,? (?:the|a|an|its|their|his|her|it|they|he|she|this)\b),?)")]
    private static partial Regex ThusDoing();

    // "The villagers fled amid fears that the dam would burst": the fear an action was taken amid is why it was. "Experts
    // feared that X" or "playing on concerns about X" holds no claim before the fear, only its holder or a phrase cut short.
    [GeneratedRegex(@"\b(?:amid|over|following) (?:growing |mounting |rising |renewed |widespread |lingering )?(?:fears|concerns|worries) (?:that|about|over)\b")]
    private static partial Regex FearsThat();

    // "X resorted to Y as he seeks to Z": what the actor is after is why it acts; ", since it ..." gives a cause, not a date,
    // as does "since" before a clause in the present ("no deal is possible since its cause is his view"): a date takes the past.
    [GeneratedRegex(@"\b,? as (?:he|she|they|it|the \w+) (?:seeks|seek|sought|tries|try|tried|wants|want|wanted|hopes|hope|hoped|aims|aim|aimed|strives|strove) to\b|, since(?= (?:it|he|she|they|this|there|we)\b)|(?<!,) since(?= (?:its|their|his|her|the|this|these|those) (?:[\w’'-]+ ){0,4}(?:is|are)\b)")]
    private static partial Regex AsSeekingTo();

    // "jailed for organising protests", "fined after refusing to testify": what a penalty punishes is why it was imposed.
    [GeneratedRegex(@"(?<=\b(?:jailed|imprisoned|sentenced|fined|arrested|detained|convicted|charged|prosecuted|punished|expelled|banned|sacked|fired|dismissed|suspended|given \w+ (?:years?|months?))\b[^,.;]{0,60}?) (?:for|after) (?=(?:allegedly |reportedly |publicly |openly )?(?!(?:during|morning|evening|nothing|something|anything|everything)\b)\w+ing\b)")]
    private static partial Regex PenaltyFor();

    // ", angered by X": the feeling an event stirred is why people acted.
    [GeneratedRegex(@", (?:angered|outraged|incensed|enraged|frustrated|alarmed|emboldened|encouraged|spurred|galvani[sz]ed) by\b")]
    private static partial Regex StirredBy();

    // "Y explains why X": what is explained follows the cue.
    [GeneratedRegex(@"\b(?:explains|explain|explained) why\b")]
    private static partial Regex ExplainsWhy();

    // "X did Y in a bid to Z", "X did Y for fear of Z", "X did Y for protection from Z": what an actor is after, or
    // afraid of, is why it acts.
    [GeneratedRegex(@"\b(?:in an? (?:\w+ )?(?:attempt|effort|bid) to|with the (?:\w+ )?(?:aim|goal|intention|purpose) of|in the hope (?:of|that)|for fear (?:of|that)|out of (?:fear|concern) (?:of|for|that)|for (?:their |its |his |her |our )?(?:own )?(?:protection|safety) (?:from|against)|as a (?:precaution|safeguard) against)\b")]
    private static partial Regex InABidTo();

    // "The levy was designed to curb imports", "the feud was begun to divert eyes from X": what a thing was made or begun
    // for is why it was. "had been meant to fly on Monday" says what was planned, not why; "the order that is designed to"
    // leaves its claim a relative clause cut short.
    [GeneratedRegex(@"(?<=(?<!\b(?:that|which|who) )\b(?:was|were|is|are|has been|have been) (?:\w+ly )?(?:started|launched|created|designed|intended|meant|set up|built|established|founded|introduced|waged|begun|staged|organi[sz]ed)(?: in part| partly| largely| mainly| chiefly| primarily)?) to(?= \w)")]
    private static partial Regex MadeTo();

    // "The ambiguity makes enforcement harder": what makes a course harder, easier or possible is why it is so.
    [GeneratedRegex(@"\s*\b(?:makes|made|make|making) (?=[^.,;:]{1,50}?" + Judgements + ")")]
    private static partial Regex MakesHarder();

    /// <summary>
    /// The words judging a course that something makes it: "harder", "possible", "less likely"; or what it makes a thing
    /// for others: "an ideal target", "an obvious choice".
    /// </summary>
    private const string Judgements = @"\b(?:harder|easier|more difficult|difficult|impossible|possible|more likely|less likely|likelier|unlikely|riskier|costlier|cheaper|(?:an? |the )?(?:ideal|easy|obvious|natural|prime|attractive|tempting|logical|perfect) (?:target|candidate|choice|partner|venue))\b";

    [GeneratedRegex(Judgements)]
    private static partial Regex Judgement();

    // "Arming is controversial when wages are low": the state of things that makes a course hard is why it is.
    [GeneratedRegex(@"(?<=\b(?:is|are|remains|remain|seems|seem|looks|look|becomes|become) (?:\w+ )?(?:controversial|difficult|hard|harder|unpopular|risky|riskier|tough|tougher|awkward|dangerous|costly|unrealistic|a hard sell|a tough sell)) (?:when|at a time when|now that)\b")]
    private static partial Regex HardWhen();

    // "The boat stopped near a pipeline. That made it a suspect": what the sentence before told is why.
    [GeneratedRegex(@"^(?=(?:This|That) (?:also |in turn )?(?:made|makes|has made|will make|left|leaves|has left)\b)")]
    private static partial Regex ThisMade();

    // "The city has viewed drones as a cheap way to make up for its lack of guns": the way to an end it is seen as is why it is taken.
    [GeneratedRegex(@"(?<=\b(?:views|view|viewed|sees|see|saw|regards|regard|regarded) [^,.;]{1,80}?) as (?=(?:an? |the )?(?:[\w-]+ ){0,3}?(?:way|means|tool|lever|route) (?:to|of)\b)")]
    private static partial Regex SeenAsAWay();

    // "The reason for the delay is that the money ran out", "One reason behind the fall is the closed airport": what the
    // reason is for is the claim, what it is the reason.
    [GeneratedRegex(@"^(?:(?:But|And|Yet|Still|Indeed|Now), )?(?:The|One|Another|A|Part of the|Much of the) (?:\w+ )?reasons? (?:for|behind) (?<claim>[^,;:]+?),? (?:is|are|was|were|lies in|lay in)(?: simply| partly| largely| mainly)?(?: that| because|:)?\s")]
    private static partial Regex ReasonForIs();

    // "Fares doubled. The reason is simple: the fuel ran short": a reason with nothing named for it is the sentence before's.
    [GeneratedRegex(@"^(?:(?:But|And|Yet|Still|Indeed|Now), )?(?:The|One|Another|Part of the) (?:\w+ )?reasons? (?:is|are|was|were|may be|might be)(?: simple| clear| obvious| plain)?(?: that|:|,)?\s")]
    private static partial Regex TheReasonIs();

    // "The mayor has angered farmers by raising the water tax": how an actor won or lost others' regard, or harmed or
    // helped its own standing, is why it did. "Traders bypassed checks by routing goods abroad" tells how, not why.
    [GeneratedRegex(@"(?<=\b(?:alienated|angered|infuriated|antagoni[sz]ed|enraged|incensed|outraged|offended|upset|irritated|annoyed|provoked|alarmed|worried|frustrated|embarrassed|humiliated|disappointed|impressed|delighted|pleased|won|earned|gained|lost|damaged|hurt|undermined|weakened|strengthened|boosted|endangered|jeopardi[sz]ed|risked)\b[^,.;:—–]{0,60}?) by (?=(?!(?:during|morning|evening|nothing|something|anything|everything|spring|string|king|ring|wing|thing|bring)\b)[a-z]\w+ing\b)")]
    private static partial Regex ByDoing();

    // "The strikes began when the mill closed", "Riots broke out after the vote was annulled": what set off an outbreak is
    // why it came.
    [GeneratedRegex(@"(?<=\b(?:began|started)(?: [^,.;:]{1,30}?)?) when\b|(?<=\b(?:erupted|broke out|flared up|flared)(?: [^,.;:]{1,30}?)?) (?:when|after)\b")]
    private static partial Regex BrokeOutWhen();
}
