using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>Who holds a stance signalled by a cue: the verb's subject, the noun's possessor, whoever is reported, or the body named right after the noun ("dissent from X").</summary>
internal enum Holder { Subject, Possessor, Speaker, After }

/// <summary>A stance word or phrase and what it signals.</summary>
/// <param name="NamesTopic">The cue's own word names what the stance is on ("pro-Valdor", "anti-Kessian"), not what follows it.</param>
/// <param name="TopicNamedAfter">The stance is on whoever is named right after the cue ("a quarrel with Valdor"), not on the clause that follows.</param>
internal sealed record StanceCue(Regex Pattern, Stance Stance, Holder Holder, bool NamesTopic = false, bool TopicNamedAfter = false);

/// <summary>
/// Stance wording of news analysis: verbs ("opposes", "calls for", "is open to", "would not sign"), nouns after a possessive
/// ("X's refusal to", "X's support for"), advice in reported speech ("should refrain from") and what a speaker
/// condemns ("is incompatible with").
/// </summary>
internal static partial class StanceCues
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>"pro-X" unless denied: "denying pro-X bias" is no support, the denial holds the stance.</summary>
    private const string UndeniedProPattern = @"(?<!\b(?:deny|denies|denied|denying|reject|rejects|rejected|rejecting)\s+(?:\w+\s+)?)\bpro-\p{Lu}";

    public static readonly IReadOnlyList<StanceCue> All =
    [
        new(ShouldNot(), Stance.Opposes, Holder.Speaker),
        new(Should(), Stance.Supports, Holder.Speaker),
        new(DecisionNotTo(), Stance.Opposes, Holder.Possessor),
        new(RefusalTo(), Stance.Opposes, Holder.Possessor),
        new(SupportFor(), Stance.Supports, Holder.Possessor),
        // "their disagreement with X": a quarrel is a stance against the other side.
        new(DisagreementWith(), Stance.Opposes, Holder.Possessor, TopicNamedAfter: true),
        // "fears of dissent from veterans' groups": those the dissent comes from oppose.
        new(DissentFrom(), Stance.Opposes, Holder.After),
        // Advice against, or a door closed: "warned X against", "told X not to", "ruled out".
        new(AdviceAgainst(), Stance.Opposes, Holder.Subject),
        // A verdict on what follows: "dismissed X as ...", "called X a mistake", "warned that X would ...".
        new(Dismissal(), Stance.Opposes, Holder.Subject),
        // "dismissed that idea", "played down the talk of war": what one waves away one does not hold.
        new(WavedAway(), Stance.Opposes, Holder.Subject),
        // "would not enforce" before the supporting verb it may deny ("will not support").
        new(WillNot(), Stance.Opposes, Holder.Subject),
        // A side taken in a vote or a campaign ("voted against", "campaigned for"), before the verbs it may hold ("voted
        // against the plan it had backed").
        new(SidedAgainst(), Stance.Opposes, Holder.Subject),
        new(SidedFor(), Stance.Supports, Holder.Subject),
        new(OpposingVerb(), Stance.Opposes, Holder.Subject),
        // "Iranian-backed forces" says who backs the forces, not that the sentence's subject backs anything.
        new(SupportingVerb(), Stance.Supports, Holder.Subject),
        new(PluralSupportingVerb(), Stance.Supports, Holder.Subject),
        new(AimsTo(), Stance.Supports, Holder.Subject),
        new(IsOpenTo(), Stance.Supports, Holder.Subject),
        new(IsAgainst(), Stance.Opposes, Holder.Subject),
        // "has shown little appetite for": a want denied is a stance against; it goes before the bare "appetite for".
        new(NoAppetiteFor(), Stance.Opposes, Holder.Subject),
        new(AppetiteFor(), Stance.Supports, Holder.Subject),
        new(ApproachTo(), Stance.Neutral, Holder.Possessor),
        new(ConcernsThat(), Stance.Opposes, Holder.Possessor),
        new(IsConcerned(), Stance.Opposes, Holder.Subject),
        new(UndeniedPro(), Stance.Supports, Holder.Possessor, NamesTopic: true),
        new(UndeniedPro(), Stance.Supports, Holder.Subject, NamesTopic: true),
        new(AntiName(), Stance.Opposes, Holder.Possessor, NamesTopic: true),
        new(LobbiesFor(), Stance.Supports, Holder.Subject),
        new(Abstained(), Stance.Neutral, Holder.Subject),
        // "keeps diplomatic relations with X": ties kept up, with no warmth said, take no side on X.
        new(KeepsTiesWith(), Stance.Neutral, Holder.Subject, TopicNamedAfter: true),
    ];

    /// <summary>Whether the text refuses to go along with something as a future denied ("would not enforce", "won't sign").</summary>
    public static bool DeniesGoingAlong(string text) => WillNot().IsMatch(text);

    /// <summary>The side a crowd's name says it takes on what it speaks of: critics and opponents oppose it.</summary>
    public static Stance SideOf(string crowd) => crowd switch
    {
        "critics" or "opponents" or "sceptics" or "skeptics" or "detractors" => Stance.Opposes,
        _ => Stance.Neutral,
    };

    /// <summary>
    /// What a speaker condemns in so many words ("the law is incompatible with ...", "... violates the treaty"): the
    /// stance of what was said, about what it speaks of before these words, so no cue with an object after it.
    /// </summary>
    [GeneratedRegex(@"\b(?:incompatible with|unacceptable|illegitimate|(?:a )?violation of|violates?|violated|(?:is|was|are|were) (?:\w+ )?(?:illegal|unlawful))\b", Options)]
    private static partial Regex Verdict();

    /// <summary>The stance what was said takes, from the first cue in it, else a verdict in it; neutral when it has neither.</summary>
    public static Stance Of(string said)
    {
        foreach (var cue in All)
        {
            if (cue.Pattern.IsMatch(said))
                return cue.Stance;
        }
        return Verdict().IsMatch(said) ? Stance.Opposes : Stance.Neutral;
    }
}
