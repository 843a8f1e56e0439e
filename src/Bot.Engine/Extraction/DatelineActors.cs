namespace Bot.Engine.Extraction;

/// <summary>
/// The place and agency of a wire dateline ("ALMATY, June 3 (Reuters) -") were read as names like any other; named
/// nowhere else, they are no actor of the story.
/// </summary>
internal static class DatelineActors
{
    public static void Drop(IReadOnlyList<Line> lines, List<ActorDraft> drafts)
    {
        if (NewsDatelines.Of(lines) is not var (lede, dateline))
            return;
        var elsewhere = lines.Where(l => l.IsReporting).SelectMany(l => l.Mentions.Where(m => l != lede || m.Start >= dateline.End)).Select(m => m.Actor).ToHashSet(StringComparer.Ordinal);
        var dropped = drafts.Where(a => !elsewhere.Contains(a.Id) && lede.MentionsIn(0, dateline.End).Any(m => m.Actor == a.Id)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        drafts.RemoveAll(a => dropped.Contains(a.Id));
        foreach (var line in lines)
            line.Mentions.RemoveAll(m => dropped.Contains(m.Actor));
    }
}
