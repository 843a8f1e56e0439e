using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>
    /// "was founded by Jo Roe", "a raid led by Jo Roe": the doer of a passive is someone, and a run of name words there is
    /// a person's name (places and bodies there were taken before, by their own words).
    /// </summary>
    private static bool IsPassiveAgent(Line line, NameRun run)
    {
        var w = line.Words;
        if (run.First < 2 || w[run.First - 1].Text != "by" || !Words.Adjacent(line.Text, w[run.First - 2], w[run.First - 1]))
            return false;
        var verb = w[run.First - 2].Text;
        return char.IsLower(verb[0]) && (verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("en", StringComparison.Ordinal) || IrregularParticiples.Contains(verb));
    }

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "led", "run", "held", "made", "built", "won", "bought", "sold", "brought", "fought", "kept", "met", "paid", "sent", "set", "shot", "struck", "hit", "told", "taught", "caught",
    };

    /// <summary>
    /// "the Green Bloc, led by Jo Roe,": a body named right before ", led by" is the one the person leads, which is their
    /// role, with where its quote starts.
    /// </summary>
    private static (string Role, int Start)? LedBody(Line line, NameRun run)
    {
        var match = LedByBody().Match(line.Text[..line.Words[run.First].Start]);
        if (!match.Success)
            return null;
        var office = match.Groups["verb"].Value switch { "led" => "Leader", "headed" => "Head", _ => "Chair" };
        return ($"{office} of {(match.Groups["the"].Success ? "the " : "")}{match.Groups["body"].Value}", match.Groups["body"].Index);
    }

    [GeneratedRegex(@"(?<![\p{L}'’-])(?<the>[Tt]he )?(?<body>\p{Lu}[\p{L}'’-]*(?: (?:of|for|and|\p{Lu}[\p{L}'’-]*))*), (?<verb>led|headed|chaired) by $")]
    private static partial Regex LedByBody();
}
