using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Engine.Digests;

/// <summary>What a day's digest dwells on; the kinds take turns so consecutive days read differently.</summary>
public enum DigestFocus { Theme, Actor, Timeline, Why }

/// <summary>One day's focus: its subjects and their cited items, sized to leave room for the lead items.</summary>
public sealed record DigestPage(DigestFocus Focus, string Title, IReadOnlyList<string> Subjects, IReadOnlyList<DigestItem> Items);

/// <summary>
/// Splits the whole model into pages that each fit one message, then interleaves the focus kinds.
/// Day N of the cycle shows page N, so the cycle covers every topic, actor, event and explanation.
/// </summary>
internal static class DigestPlan
{
    /// <summary>Room kept free on every page for "new article" and "on this day" lead items.</summary>
    public const int LeadReserve = 450;

    private const int PageBudget = DigestLimits.MaxTextLength - LeadReserve;

    /// <summary>How many days a cycle may take: a month of digests shows the whole model.</summary>
    public const int MaxCycleDays = 30;

    /// <summary>
    /// Shows each subject with as many supporting items (positions, reasons) as still lets the
    /// cycle fit in a month; a model too big even for that gets a longer cycle.
    /// </summary>
    public static IReadOnlyList<DigestPage> Build(KnowledgeBase knowledge)
    {
        IReadOnlyList<DigestPage> pages = [];
        foreach (var extras in (int[])[int.MaxValue, 4, 3, 2, 1, 0])
        {
            pages = Build(knowledge, extras);
            if (pages.Count <= MaxCycleDays)
                break;
        }
        return pages;
    }

    private static List<DigestPage> Build(KnowledgeBase knowledge, int extras)
    {
        List<DigestPage>[] kinds =
        [
            Pack(DigestFocus.Theme, "Themes", knowledge.Articles.SelectMany(Themes), extras),
            Pack(DigestFocus.Actor, "Who's who", knowledge.Articles.SelectMany(Actors), extras),
            Pack(DigestFocus.Timeline, "Timeline", Timeline(knowledge), extras),
            // A "why" without its reasons would explain nothing, so it keeps at least two.
            Pack(DigestFocus.Why, "Why", knowledge.Articles.SelectMany(Whys), Math.Max(extras, 2)),
        ];
        // Each kind's pages are spread evenly over the cycle, so no kind waits long for its turn.
        return kinds.SelectMany((pages, kind) => pages.Select((page, i) => (Key: (i + 0.5) / pages.Count, Kind: kind, Page: page)))
            .OrderBy(p => p.Key).ThenBy(p => p.Kind).Select(p => p.Page).ToList();
    }

    /// <summary>A subject (topic, actor, event, explanation) and the items that present it, the first being essential.</summary>
    private sealed record Group(string Subject, IReadOnlyList<DigestItem> Items);

    private static IEnumerable<Group> Themes(ArticleModel model)
    {
        foreach (var topic in model.Topics.Where(Cited))
            yield return new Group(topic.Name, [new($"{topic.Name}: {topic.Text}", topic.Evidence)]);
        // An article without annotations still has sections a reader can be pointed to.
        if (model.Topics.Count > 0)
            yield break;
        foreach (var heading in model.Article.Headings)
        {
            var first = model.Article.Sentences.FirstOrDefault(s => s.Paragraph > heading.Number);
            if (first is not null)
                yield return new Group(heading.Text, [new($"{heading.Text}: {first.Text}", new Evidence(model.Article.Id, first.Paragraph, first.Text))]);
        }
    }

    private static IEnumerable<Group> Actors(ArticleModel model) =>
        model.Actors.Where(Cited).Select(actor => new Group(actor.Name,
        [
            new DigestItem(actor.Text, actor.Evidence),
            .. model.Positions.Where(p => p.Actor == actor.Id && Cited(p))
                .Select(p => new DigestItem($"{Stance(p.Stance)}: {p.Statement}", p.Evidence)),
        ]));

    private static IEnumerable<Group> Timeline(KnowledgeBase knowledge) =>
        knowledge.Articles.SelectMany(m => m.Events).Where(Cited)
            .OrderBy(e => e.Date.Year).ThenBy(e => e.Date.Month ?? 0).ThenBy(e => e.Date.Day ?? 0).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new Group(DateText.Describe(e.Date), [new DigestItem(e.Summary, e.Evidence)]));

    private static IEnumerable<Group> Whys(ArticleModel model) =>
        model.Explanations.Where(Cited).Select(x => new Group(x.Claim,
        [
            new DigestItem(x.Claim, x.Evidence),
            .. x.Reasons.Where(r => r.Evidence.Quote.Length > 0).Select(r => new DigestItem("Because: " + r.Text, r.Evidence)),
        ]));

    /// <summary>Fills pages in order; a group too long for a page alone keeps as many of its items as fit.</summary>
    private static List<DigestPage> Pack(DigestFocus focus, string label, IEnumerable<Group> groups, int extras)
    {
        var pages = new List<DigestPage>();
        var subjects = new List<string>();
        var items = new List<DigestItem>();
        var size = 0;
        foreach (var group in groups)
        {
            var shown = group.Items.Take(extras == int.MaxValue ? int.MaxValue : extras + 1).ToList();
            var groupSize = shown.Sum(i => i.Length);
            if (items.Count > 0 && size + groupSize > PageBudget)
            {
                pages.Add(Page(focus, label, subjects, items));
                (subjects, items, size) = ([], [], 0);
            }
            subjects.Add(group.Subject);
            foreach (var item in shown.Where((item, i) => i == 0 || size + item.Length <= PageBudget))
            {
                items.Add(item);
                size += item.Length;
            }
        }
        if (items.Count > 0)
            pages.Add(Page(focus, label, subjects, items));
        return pages;
    }

    private static DigestPage Page(DigestFocus focus, string label, List<string> subjects, List<DigestItem> items)
    {
        var title = focus == DigestFocus.Why ? label : $"{label}: {subjects[0]}" + (subjects.Count > 1 ? $" and {subjects.Count - 1} more" : "");
        return new DigestPage(focus, title, subjects, items);
    }

    private static bool Cited(Fact fact) => fact.Evidence.Quote.Length > 0;

    private static string Stance(Stance stance) => stance switch
    {
        Model.Stance.Supports => "Supports",
        Model.Stance.Opposes => "Opposes",
        Model.Stance.Mixed => "Mixed",
        _ => "Neutral",
    };
}
