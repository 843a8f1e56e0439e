using System.Text.RegularExpressions;
using Bot.Engine.Loading;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// People and groups a photo caption shows: their role also says where they are pictured and with whom, so
/// "who is with X in the photo?" and "where was the photo taken?" are answered from who they are.
/// </summary>
internal static partial class Pictures
{
    public static void Describe(DraftContext context)
    {
        foreach (var caption in context.Lines.Where(l => l.Kind == BlockKind.Caption))
        {
            var text = Clean(caption.Text);
            var shown = caption.Mentions.Where(m => !m.Possessive && context.Actor(m.Actor).Kind is ActorKind.Person or ActorKind.Group).DistinctBy(m => m.Actor).ToList();
            foreach (var mention in shown)
            {
                var actor = context.Actor(mention.Actor);
                if (actor.Role is null)
                    continue;
                // "X (left) with Y at a meeting": what follows the first one shown says where and with whom.
                var after = Clean(caption.Text[mention.End..]);
                var first = mention == shown[0];
                actor.AddToRole(first && Scene().IsMatch(after) ? $"pictured {after}" : $"pictured: {text}");
            }
        }
    }

    /// <summary>The caption's words without its label, position markers and credit.</summary>
    private static string Clean(string text) => Credit().Replace(Marker().Replace(Label().Replace(text, ""), ""), "").Trim().TrimEnd('.');

    /// <summary>A caption's label or photo credit: "Image: ...", "... (Photo by Jo Roe/Agency)".</summary>
    public static bool IsLabelled(string text) => Label().IsMatch(text) || Credit().IsMatch(text);

    [GeneratedRegex(@"^(?:Photo|Image|Picture|Pictured|Caption|Photograph|Illustration|(?:Top|Main|Lead|Header|Featured|Cover) (?:photo|image))\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*\((?:Photo|Image|Picture|Photograph)(?: credit)?\s*(?:by\b|:)[^)]*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    [GeneratedRegex(@"\s*\((?:left|right|center|centre|top|bottom|front|file photo|file|photo|archive)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:with|at|in|during|alongside|speaking|addressing)\b")]
    private static partial Regex Scene();
}
