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
            var text = Marker().Replace(caption.Text, "").TrimEnd('.');
            var shown = caption.Mentions.Where(m => !m.Possessive && context.Actor(m.Actor).Kind is ActorKind.Person or ActorKind.Group).DistinctBy(m => m.Actor).ToList();
            foreach (var mention in shown)
            {
                var actor = context.Actor(mention.Actor);
                if (actor.Role is null)
                    continue;
                // "X (left) with Y at a meeting": what follows the first one shown says where and with whom.
                var after = Marker().Replace(caption.Text[mention.End..], "").Trim().TrimEnd('.');
                var first = mention == shown[0];
                actor.AddToRole(first && Scene().IsMatch(after) ? $"pictured {after}" : $"pictured: {text}");
            }
        }
    }

    [GeneratedRegex(@"\s*\((?:left|right|center|centre|top|bottom|front|file photo|file|photo|archive)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:with|at|in|during|alongside|speaking|addressing)\b")]
    private static partial Regex Scene();
}
