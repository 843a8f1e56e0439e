using System.Text;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>Writes a drafted model as an annotation file in the seeds format, headed by a note that it is a machine draft.</summary>
public static class DraftWriter
{
    public static string Write(ArticleModel model)
    {
        var y = new StringBuilder();
        var article = model.Article;
        y.Append("# Machine draft of the knowledge annotation for \"").Append(article.Title).AppendLine("\",");
        y.AppendLine("# made from the article's text alone by `Bot seeds draft`. A curator should check and edit it:");
        y.AppendLine("# names, roles, stances, topics, dates and summaries are guesses; every quote is verbatim from the article.");
        // A wire dateline gives the day but not the year ("ALMATY, June 3 (Reuters)"): nothing in the text dates it.
        if (model.Info.Published is null && article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Body) is { } lede && NewsDatelines.Find(lede.Text) is { Month: not null } dateline)
            y.Append("# The article names no year, so its dateline (\"").Append(lede.Text[..dateline.End].TrimEnd(' ', '-', '–', '—')).AppendLine("\") and its weekdays are left undated: add `published:` to date them.");
        y.AppendLine();
        y.AppendLine("article:");
        Field(y, 2, "source", model.Info.Source);
        if (model.Info.Published is { } published)
        {
            Field(y, 2, "published", EventFinder.DateText(published), quoted: false);
            if (published.YearInferred)
                Field(y, 2, "published_inferred", "true", quoted: false);
        }
        if (model.Info.Summary is { } summary)
        {
            Field(y, 2, "summary", summary);
            Field(y, 2, "quote", model.Info.SummaryEvidence?.Quote);
        }
        List(y, 2, "captions", article.Blocks.Where(b => b.Kind == BlockKind.Caption).Select(b => b.Text));
        Field(y, 2, "bio", article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Bio)?.Sentences.FirstOrDefault()?.Text);

        Section(y, "actors", model.Actors, (a, indent) =>
        {
            Field(y, indent, "name", a.Name);
            Field(y, indent, "kind", a.Kind switch { ActorKind.Person => "person", ActorKind.State => "state", ActorKind.Organisation => "organisation", _ => "group" }, quoted: false);
            List(y, indent, "aliases", a.Aliases);
            Field(y, indent, "role", a.Role);
            Field(y, indent, "affiliation", a.Affiliation, quoted: false);
            Field(y, indent, "gender", a.Gender, quoted: false);
        });
        Section(y, "topics", model.Topics, (t, indent) =>
        {
            Field(y, indent, "name", t.Name);
            List(y, indent, "aliases", t.Aliases);
            Field(y, indent, "description", t.Description);
        });
        Section(y, "positions", model.Positions, (p, indent) =>
        {
            Field(y, indent, "actor", p.Actor, quoted: false);
            Field(y, indent, "topic", p.Topic, quoted: false);
            Field(y, indent, "stance", p.Stance.ToString().ToLowerInvariant(), quoted: false);
            Field(y, indent, "statement", p.Statement);
        });
        Section(y, "events", model.Events, (e, indent) =>
        {
            Field(y, indent, "date", EventFinder.DateText(e.Date), quoted: false);
            if (e.Date.YearInferred)
                Field(y, indent, "year_inferred", "true", quoted: false);
            List(y, indent, "participants", e.Participants, quoted: false);
            List(y, indent, "topics", e.Topics, quoted: false);
            Field(y, indent, "summary", e.Summary);
        });
        Section(y, "explanations", model.Explanations, (e, indent) =>
        {
            Field(y, indent, "claim", e.Claim);
            List(y, indent, "about", e.About, quoted: false);
            y.Append(' ', indent).AppendLine("reasons:");
            foreach (var reason in e.Reasons)
            {
                y.Append(' ', indent).Append("  - text: ").AppendLine(Quote(reason.Text));
                Field(y, indent + 4, "quote", reason.Evidence.Quote);
            }
        });
        Section(y, "relations", model.Relations, (r, indent) =>
        {
            Field(y, indent, "from", r.From, quoted: false);
            Field(y, indent, "to", r.To, quoted: false);
            Field(y, indent, "kind", r.Kind, quoted: false);
            Field(y, indent, "description", r.Description);
        });
        Section(y, "statements", model.Statements, (s, indent) =>
        {
            Field(y, indent, "speaker", s.Speaker, quoted: false);
            if (s.Date is { } date)
            {
                Field(y, indent, "date", EventFinder.DateText(date), quoted: false);
                if (date.YearInferred)
                    Field(y, indent, "year_inferred", "true", quoted: false);
            }
            Field(y, indent, "said", s.Said);
        });
        Section(y, "lists", model.Lists, (l, indent) =>
        {
            Field(y, indent, "name", l.Name);
            List(y, indent, "items", l.Items);
        });
        return y.ToString();
    }

    private static void Section<T>(StringBuilder y, string name, IReadOnlyList<T> facts, Action<T, int> body) where T : Fact
    {
        y.AppendLine();
        if (facts.Count == 0)
        {
            y.Append(name).AppendLine(": []");
            return;
        }
        y.Append(name).AppendLine(":");
        foreach (var fact in facts)
        {
            y.Append("  - id: ").AppendLine(fact.Id);
            body(fact, 4);
            if (fact.Keywords.Count > 0)
                List(y, 4, "keywords", fact.Keywords);
            Field(y, 4, "quote", fact.Evidence.Quote);
        }
    }

    private static void Field(StringBuilder y, int indent, string key, string? value, bool quoted = true)
    {
        if (value is null)
            return;
        y.Append(' ', indent).Append(key).Append(": ").AppendLine(quoted ? Quote(value) : value);
    }

    private static void List(StringBuilder y, int indent, string key, IEnumerable<string> values, bool quoted = true)
    {
        var items = values.ToList();
        if (items.Count == 0)
            return;
        y.Append(' ', indent).Append(key).Append(": [").Append(string.Join(", ", items.Select(v => quoted ? Quote(v) : v))).AppendLine("]");
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
