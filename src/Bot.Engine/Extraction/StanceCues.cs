using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>Who holds a stance signalled by a cue: the verb's subject, the noun's possessor, or whoever is reported.</summary>
internal enum Holder { Subject, Possessor, Speaker }

/// <summary>A stance word or phrase and what it signals.</summary>
internal sealed record StanceCue(Regex Pattern, Stance Stance, Holder Holder);

/// <summary>
/// Stance wording of news analysis: verbs ("opposes", "calls for", "is open to"), nouns after a possessive
/// ("X's refusal to", "X's support for"), advice in reported speech ("should refrain from") and what a speaker
/// condemns ("is incompatible with").
/// </summary>
internal static class StanceCues
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>"pro-X" unless denied: "denying pro-X bias" is no support, the denial holds the stance.</summary>
    private const string UndeniedPro = @"(?<!\b(?:deny|denies|denied|denying|reject|rejects|rejected|rejecting)\s+(?:\w+\s+)?)\bpro-\p{Lu}";

    public static readonly IReadOnlyList<StanceCue> All =
    [
        Cue(@"\bshould (?:refrain|not|stay out|avoid|stop)\b", Stance.Opposes, Holder.Speaker),
        Cue(@"\bshould\b", Stance.Supports, Holder.Speaker),
        Cue(@"\b(?:decision|refusal|reluctance|unwillingness|determination) not to\b", Stance.Opposes, Holder.Possessor),
        Cue(@"\b(?:refusal|reluctance|unwillingness) to\b|\b(?:opposition|resistance|objection|hostility) to\b|\brejection of\b", Stance.Opposes, Holder.Possessor),
        Cue(@"\b(?:support|backing|push|calls?) for\b|\b(?:openness|commitment) to\b|\b(?:desire|decision|attempts?|efforts?|bid|plans?|willingness|readiness|determination|ambitions?|aspirations?|intention|pivot) to\b|\bpivot towards?\b|\bproposed\b|\bproposal\b", Stance.Supports, Holder.Possessor),
        // Advice against, or a door closed: "warned X against", "told X not to", "ruled out".
        Cue(@"\b(?:warned|warns|warning) (?:\w+ ){0,3}against\b|\b(?:told|tells|telling|urged|urges|urging|asked|asks) (?:\w+ ){1,3}not to\b|\b(?:ruled|rules|ruling) out\b", Stance.Opposes, Holder.Subject),
        // A verdict on what follows: "dismissed X as ...", "called X a mistake", "warned that X would ...".
        Cue(@"\b(?:dismissed|dismisses|dismissing)(?= (?:[\w\u2019'-]+ ){1,6}as\b)|\b(?:warned|warns)(?: \w+)? that\b|(?<=, )warning that\b"
            + @"|\b(?:called|calls|calling|branded|brands|branding|labelled|labeled|termed)(?= (?:[\w\u2019'-]+ ){1,5}(?:an?|the) (?:[\w-]+ ){0,2}(?:mistake|error|blunder|disaster|failure|folly|farce|sham|betrayal|threat|danger|provocation)\b)",
            Stance.Opposes, Holder.Subject),
        Cue(@"\b(?:opposes|opposed|opposing|oppose|rejects|rejected|rejecting|reject|refused|refuses|refuse|resisted|resists|resisting|resist|denied|denies|denying|deny|condemned|condemns|criticized|criticised|objected|protested against|shunned|shuns|spurned|snubbed|boycotted)\b", Stance.Opposes, Holder.Subject),
        // "Iranian-backed forces" says who backs the forces, not that the sentence's subject backs anything.
        Cue(@"(?<!-)\b(?:supports|supported|backs|backed|favou?rs|favou?red|endorsed|endorses|welcomed|welcomes|advocated|advocates|pushed|pushes|proposes|proposed|wants|wanted|(?:calls|called|calling) for|agreed to|seeks|sought|hopes|hoped|pursues|pursued|courts|courted|embraces|embraced|championed|champions|promised|pledged|urged|urges|urging|hoping)\b", Stance.Supports, Holder.Subject),
        Cue(@"\b(?:aims|aimed|intends|intended|strives|strove|(?:is|are|was|were) determined|(?:is|are|was|were) looking) to(?:wards?)?\b", Stance.Supports, Holder.Subject),
        Cue(@"\b(?:is|are|was|were) (?:\w+ )?(?:open to|optimistic|in favou?r of|keen to|willing to|ready to)\b", Stance.Supports, Holder.Subject),
        Cue(@"\b(?:is|are|was|were) (?:\w+ )?(?:against|opposed to|reluctant to|unwilling to|wary of|sceptical of|skeptical of)\b", Stance.Opposes, Holder.Subject),
        Cue(@"\b(?:approach|stance|position|policy|attitude|views?) (?:on|to|toward|towards)\b", Stance.Neutral, Holder.Possessor),
        Cue(@"\bconcerns? (?:that|about)\b|\bfears? (?:that|of)\b", Stance.Opposes, Holder.Possessor),
        Cue(@"\b(?:is|are|was|were) (?:\w+ )?(?:concerned|worried|afraid) (?:that|about|of)\b|\b(?:fears|feared) that\b", Stance.Opposes, Holder.Subject),
        Cue(UndeniedPro, Stance.Supports, Holder.Possessor),
        Cue(UndeniedPro, Stance.Supports, Holder.Subject),
        Cue(@"\banti-\p{Lu}", Stance.Opposes, Holder.Possessor),
        Cue(@"\b(?:lobbies|lobbied|lobby|lobbying) (?:for|against)\b", Stance.Supports, Holder.Subject),
        Cue(@"\b(?:abstained|remained neutral|stayed neutral)\b|\bneutral mediator\b", Stance.Neutral, Holder.Subject),
    ];

    /// <summary>The side a crowd's name says it takes on what it speaks of: critics and opponents oppose it.</summary>
    public static Stance SideOf(string crowd) => crowd switch
    {
        "critics" or "opponents" or "sceptics" or "skeptics" or "detractors" => Stance.Opposes,
        _ => Stance.Neutral,
    };

    private static StanceCue Cue(string pattern, Stance stance, Holder holder) => new(new Regex(pattern, Options), stance, holder);

    /// <summary>
    /// What a speaker condemns in so many words ("the law is incompatible with ...", "... violates the treaty"): the
    /// stance of what was said, about what it speaks of before these words, so no cue with an object after it.
    /// </summary>
    private static readonly Regex Verdict = new(@"\b(?:incompatible with|unacceptable|illegitimate|(?:a )?violation of|violates?|violated|(?:is|was|are|were) (?:\w+ )?(?:illegal|unlawful))\b", Options);

    /// <summary>The stance what was said takes, from the first cue in it, else a verdict in it; neutral when it has neither.</summary>
    public static Stance Of(string said)
    {
        foreach (var cue in All)
        {
            if (cue.Pattern.IsMatch(said))
                return cue.Stance;
        }
        return Verdict.IsMatch(said) ? Stance.Opposes : Stance.Neutral;
    }
}
