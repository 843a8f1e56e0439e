using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims about one actor's stance answered by that actor's position, not by another's that names it in passing.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did A agree to send troops?" of B's position "B was open to it, in contrast to A's refusal": a stance is its
    /// holder's, so a position of the claim's subject that answers about as well is the one to check the claim against.
    /// </summary>
    private static Scored? OwnStanceInstead(Turn t, Ranking ranked, Scored? best, Func<Scored, bool> answers) =>
        best?.Fact.Fact is Position { Stance: Stance.Supports or Stance.Opposes } other && !HeldBySubject(t, other)
            ? ranked.FirstOrDefault(s => s.Fact.Fact is Position { Stance: Stance.Supports or Stance.Opposes } own
                && own.Topic == other.Topic && s.WordCover >= best.WordCover - ClearlyBetterCover && HeldBySubject(t, own), answers)
            : null;
}
