using System.Globalization;
using Bot.Engine.Model;

namespace Bot.Engine.Digests;

/// <summary>
/// Composes the digest for a date from the knowledge model. The same date and the same new articles
/// always give the same digest, so a preview shows exactly what will be posted. Thread-safe;
/// <see cref="Reload"/> swaps the model for digests composed afterwards.
/// </summary>
public sealed class DigestComposer(KnowledgeBase knowledge)
{
    private volatile State _state = new(knowledge, DigestPlan.Build(knowledge));

    private sealed record State(KnowledgeBase Knowledge, IReadOnlyList<DigestPage> Pages);

    public KnowledgeBase Knowledge => _state.Knowledge;

    /// <summary>The pages one cycle of days walks through; a cycle shows the whole model.</summary>
    public IReadOnlyList<DigestPage> Pages => _state.Pages;

    public void Reload(KnowledgeBase knowledge) => _state = new State(knowledge, DigestPlan.Build(knowledge));

    /// <param name="date">The day the digest is for, in the subscriber's time zone.</param>
    /// <param name="newArticleIds">Articles that appeared since the previous digest, announced first.</param>
    public Digest Compose(DateOnly date, IReadOnlyCollection<string>? newArticleIds = null)
    {
        var state = _state;
        var heading = "Daily digest, " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (state.Pages.Count == 0)
            return new Digest(date, heading, []);
        var page = state.Pages[date.DayNumber % state.Pages.Count];
        var digest = new Digest(date, $"{heading}: {page.Title}", []);
        var items = new List<DigestItem>();
        var size = digest.Length;
        foreach (var item in Announcements(state.Knowledge, newArticleIds).Concat(OnThisDay(state.Knowledge, date)).Concat(page.Items))
        {
            if (size + item.Length > DigestLimits.MaxTextLength)
                continue;
            items.Add(item);
            size += item.Length;
        }
        return digest with { Items = items };
    }

    private static IEnumerable<DigestItem> Announcements(KnowledgeBase knowledge, IReadOnlyCollection<string>? newArticleIds)
    {
        if (newArticleIds is null || newArticleIds.Count == 0)
            yield break;
        foreach (var model in knowledge.Articles.Where(m => newArticleIds.Contains(m.Article.Id)))
        {
            var article = model.Article;
            var evidence = model.Info.SummaryEvidence is { Quote.Length: > 0 } summary ? summary
                : article.Sentences.Count > 0 ? new Evidence(article.Id, article.Sentences[0].Paragraph, article.Sentences[0].Text)
                : null;
            if (evidence is not null)
                yield return new DigestItem(article.Title + (article.Author is { } author ? $", by {author}" : ""), evidence, "New article");
        }
    }

    private static IEnumerable<DigestItem> OnThisDay(KnowledgeBase knowledge, DateOnly date) =>
        knowledge.Articles.SelectMany(m => m.Events)
            .Where(e => e.Date.Precision == DatePrecision.Day && e.Date.Month == date.Month && e.Date.Day == date.Day && e.Evidence.Quote.Length > 0)
            .OrderBy(e => e.Date.Year).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new DigestItem(e.Summary, e.Evidence, $"On this day in {e.Date.Year}"));
}
