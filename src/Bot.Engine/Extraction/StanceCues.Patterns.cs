using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>The stance cues' patterns, generated at build time so drafting an article at start-up compiles none.</summary>
internal static partial class StanceCues
{
    [GeneratedRegex(@"\bshould (?:refrain|not|stay out|avoid|stop)\b", Options)]
    private static partial Regex ShouldNot();

    [GeneratedRegex(@"\bshould\b", Options)]
    private static partial Regex Should();

    [GeneratedRegex(@"\b(?:decision|refusal|reluctance|unwillingness|determination) not to\b", Options)]
    private static partial Regex DecisionNotTo();

    [GeneratedRegex(@"\b(?:refusal|reluctance|unwillingness) to\b|\b(?:opposition|resistance|objection|hostility) to\b|\brejection of\b", Options)]
    private static partial Regex RefusalTo();

    [GeneratedRegex(@"\b(?:support|backing|push|calls?) for\b|\b(?:openness|commitment) to\b|\b(?:desire|decision|attempts?|efforts?|bid|plans?|willingness|readiness|determination|ambitions?|aspirations?|intention|pivot) to\b|\bpivot towards?\b|\bproposed\b|\bproposal\b", Options)]
    private static partial Regex SupportFor();

    [GeneratedRegex(@"\b(?:disagreements?|disputes?|quarrels?|feuds?) with\b", Options)]
    private static partial Regex DisagreementWith();

    [GeneratedRegex(@"\b(?:dissent|opposition|resistance|criticism|objections?|backlash|pushback|protests?|resentment|hostility|anger) (?:from|among|amongst)\b", Options)]
    private static partial Regex DissentFrom();

    [GeneratedRegex(@"\b(?:warned|warns|warning) (?:\w+ ){0,3}against\b|\b(?:told|tells|telling|urged|urges|urging|asked|asks) (?:\w+ ){1,3}not to\b|\b(?:ruled|rules|ruling) out\b", Options)]
    private static partial Regex AdviceAgainst();

    [GeneratedRegex(@"\b(?:dismissed|dismisses|dismissing)(?= (?:[\w\u2019'-]+ ){1,6}as\b)|\b(?:warned|warns)(?: \w+)? that\b|(?<=, )warning that\b|\b(?:called|calls|calling|branded|brands|branding|labelled|labeled|termed)(?= (?:[\w\u2019'-]+ ){1,5}(?:an?|the) (?:[\w-]+ ){0,2}(?:mistake|error|blunder|disaster|failure|folly|farce|sham|betrayal|threat|danger|provocation)\b)", Options)]
    private static partial Regex Dismissal();

    /// <summary>
    /// Active only: "the envoy was dismissed in July" is a sacking, and "dismissed from his post" one too; "these claims are
    /// brushed aside" and "those dismissing the text" say no one who does it. Objections waved away ("dismissed the
    /// criticism of the plan") are no stance against what they object to.
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:was|were|is|are|be|been|being|get|got|those)\s+(?:\w+ly\s+)?)\b(?:dismissed|dismisses|dismissing|dismiss|played down|plays down|playing down|downplayed|downplays|downplaying|brushed aside|brushes aside|waved away|waves away|shrugged off|shrugs off|scoffed at|scoffs at)\b"
        + @"(?! (?:from|in|as|on|after|over|for)\b)(?! (?:\S+ ){0,2}(?:objections?|criticisms?|concerns?|complaints?|protests?|opposition|doubts?|fears?|worries|warnings?)\b)", Options)]
    private static partial Regex WavedAway();

    [GeneratedRegex(@"\b(?:opposes|opposed|opposing|oppose|rejects|rejected|rejecting|reject|refused|refuses|refuse|resisted|resists|resisting|resist|denied|denies|denying|deny|condemned|condemns|criticized|criticised|objected|protested against|shunned|shuns|spurned|snubbed|boycotted)\b", Options)]
    private static partial Regex OpposingVerb();

    [GeneratedRegex(@"(?<!-)\b(?:supports|supported|backs|backed|favou?rs|favou?red|endorsed|endorses|welcomed|welcomes|advocated|advocates|pushed|pushes|proposes|proposed|wants|wanted|(?:calls|called|calling) for|agreed (?:to|with)|sided with|seeks|sought|hopes|hoped|pursues|pursued|courts|courted|embraces|embraced|championed|champions|promised|pledged|urged|urges|urging|hoping)\b", Options)]
    private static partial Regex SupportingVerb();

    /// <summary>
    /// A refusal said as a future denied: "would not enforce the sanctions", "will not recognise the vote", "won't sign".
    /// Only verbs of going along with something: "would not comment" or "will not be easy" takes no side.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:would|will) not|won’t|won't|wouldn’t|wouldn't) (?:\w+ly )?(?:enforce|allow|accept|recogni[sz]e|comply|join|support|back|sign|agree|tolerate|send|deploy|participate|take part|co-?operate|approve|ratify|endorse|implement|permit|abide|honou?r|extradite|hand over)\b", Options)]
    private static partial Regex WillNot();

    /// <summary>
    /// The bare form a plural subject takes ("fishermen favour the quota", "they want a port", "many of whom support it"):
    /// only right after a pronoun or a plural noun; and "support" then only before what it supports ("MPs support the
    /// treaty"), as it is a noun as often ("the rebels receive support from ...").
    /// </summary>
    [GeneratedRegex(@"(?<=\b(?:they|we|who|whom) (?:\w+ly |also |still |now |all |both )?)(?:support|favou?r|endorse|advocate|want|seek|agree with|side with)\b(?! (?:for|of|from)\b)"
        + @"|(?<=\b(?:people|police|\p{L}*men|[\p{L}-]{2,}(?<!\b(?:its|his|this|was|has|is|as|us|thus|less|news|plus|whereas|perhaps|yes|always|sometimes|nevertheless|does))s) (?:\w+ly |also |still |now |all |both )?)"
        + @"(?:favou?r|endorse|advocate|want|agree with|side with|support(?= (?:the|a|an|its|their|this|these|\p{Lu})))\b(?! (?:for|of|from)\b)", Options)]
    private static partial Regex PluralSupportingVerb();

    [GeneratedRegex(@"\b(?:aims|aimed|intends|intended|strives|strove|(?:is|are|was|were) determined|(?:is|are|was|were) looking) to(?:wards?)?\b", Options)]
    private static partial Regex AimsTo();

    [GeneratedRegex(@"\b(?:is|are|was|were) (?:\w+ )?(?:open to|optimistic|in favou?r of|keen to|willing to|ready to)\b", Options)]
    private static partial Regex IsOpenTo();

    [GeneratedRegex(@"\b(?:is|are|was|were) (?:\w+ )?(?:against|opposed to|reluctant to|unwilling to|wary of|sceptical of|skeptical of)\b", Options)]
    private static partial Regex IsAgainst();

    [GeneratedRegex(@"\b(?:little|limited|no|scant|less|waning|dwindling|diminishing) (?:\w+ )?(?:appetite|enthusiasm|stomach) for\b", Options)]
    private static partial Regex NoAppetiteFor();

    [GeneratedRegex(@"\b(?:shown|shows|showed|has|have|had) (?:an? )?(?:\w+ )?(?:appetite|enthusiasm) for\b", Options)]
    private static partial Regex AppetiteFor();

    [GeneratedRegex(@"\b(?:approach|stance|position|policy|attitude|views?) (?:on|to|toward|towards)\b", Options)]
    private static partial Regex ApproachTo();

    [GeneratedRegex(@"\bconcerns? (?:that|about)\b|\bfears? (?:that|of)\b", Options)]
    private static partial Regex ConcernsThat();

    [GeneratedRegex(@"\b(?:is|are|was|were) (?:\w+ )?(?:concerned|worried|afraid) (?:that|about|of)\b|\b(?:fears|feared) that\b", Options)]
    private static partial Regex IsConcerned();

    [GeneratedRegex(UndeniedProPattern, Options)]
    private static partial Regex UndeniedPro();

    [GeneratedRegex(@"\banti-\p{Lu}", Options)]
    private static partial Regex AntiName();

    [GeneratedRegex(@"\b(?:lobbies|lobbied|lobby|lobbying) (?:for|against)\b", Options)]
    private static partial Regex LobbiesFor();

    [GeneratedRegex(@"\b(?:vot(?:ed|es|e|ing)|campaign(?:ed|s|ing)?|argu(?:ed|es|ing)|(?:spoke|speaks|speaking|came|comes|coming) out|rall(?:ied|ies|ying)|rail(?:ed|s|ing)|fought|fights|fighting|legislat(?:ed|es|ing)|ruled|rules|ruling) (?:\w+ly )?against\b|\bvot(?:ed|es|e|ing) down\b", Options)]
    private static partial Regex SidedAgainst();

    [GeneratedRegex(@"\b(?:vot(?:ed|es|e|ing)|campaign(?:ed|s|ing)?|argu(?:ed|es|ing)|(?:spoke|speaks|speaking|came|comes|coming) out|rall(?:ied|ies|ying)) (?:\w+ly )?(?:for|in favou?r of)\b", Options)]
    private static partial Regex SidedFor();

    [GeneratedRegex(@"\b(?:abstained|remained neutral|stayed neutral)\b|\bneutral mediator\b", Options)]
    private static partial Regex Abstained();

    [GeneratedRegex(@"\b(?:maintains|maintained|maintaining|maintain|keeps|kept|keeping|keep|retains|retained|retaining|retain) (?:(?:diplomatic|formal|official|normal|working|economic|trade|consular) (?:and \w+ )?)?(?:relations|ties|contacts) with\b", Options)]
    private static partial Regex KeepsTiesWith();
}
