using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Engine.Loading;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Drafts a knowledge model from an article's text alone, with general patterns of news writing: who the
/// actors are, dated events, statements, positions, the author's explanations, relations and enumerations.
/// Every fact carries a short quote taken verbatim from the article, so the draft passes the validator.
/// </summary>
public static partial class ArticleExtractor
{
    private const int CaptionMaxWords = 20;
    private const int DatedLedeWords = 4;
    private const int NutGraphParagraphs = 4;

    public static ArticleModel Extract(string id, string fileName, string text)
    {
        var plain = ArticleParser.Parse(id, fileName, text, StructureHints.None);
        var hints = new StructureHints(Captions(plain), plain.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Bio)?.Sentences.FirstOrDefault()?.Text);
        return Extract(ArticleParser.Parse(id, fileName, text, hints));
    }

    public static ArticleModel Extract(Article article)
    {
        var kinds = article.Blocks.Where(b => b.Number > 0).ToDictionary(b => b.Number, NewsFurniture.KindOf);
        // A sentence of punctuation alone ("?!", "* * *") has no word to quote or to state a fact with.
        var lines = article.Sentences.Select(s => new Line(s, kinds[s.Paragraph])).Where(l => l.Words.Count > 0).ToList();
        Shouting.Soften(lines);
        var ids = new IdPool();
        // An unsigned piece's byline names its outlet, which speaks for itself: no author person to draft.
        var outlet = BylineDetails.UnsignedOutlet(article.Blocks, article.Author);
        var author = BylinePlaces.Authors(article.Author);
        var drafts = ActorFinder.Find(lines, outlet is null ? author : null, BylineDetails.Role(article.Blocks), outlet);
        foreach (var actor in drafts)
            actor.Id = ids.Make(actor.Name, "actor");
        MentionFinder.Mark(lines, drafts);
        DatelineActors.Drop(lines, drafts);
        var actorKinds = drafts.ToDictionary(a => a.Id, a => a.Kind);
        var context = new DraftContext
        {
            Article = article,
            Lines = lines,
            Actors = drafts,
            Authors = Authors(drafts, author, outlet),
            Subjects = new Subjects(lines, actorKinds),
            Dates = new DateBook(lines, article.Blocks),
            Topics = new TopicBook(lines, ids, NamedTopics.Find(lines, drafts), drafts),
            Ids = ids,
        };
        KnownAs.Apply(KnownAs.Find(lines.Where(l => l.IsReporting)), drafts, context.Topics);
        Genders.Assign(context);
        var statements = StatementFinder.Find(context);
        var positions = PositionFinder.Find(context, statements);
        var events = EventFinder.Find(context);
        var explanations = ExplanationFinder.Find(context);
        var relations = RelationFinder.Find(context);
        var lists = ListFinder.Find(context);
        // A quotation over several sentences is one statement that each of them carries.
        var said = statements.Select(s => s.Statement).Distinct().ToList();
        var facts = positions.Cast<Fact>().Concat(events).Concat(explanations).Concat(relations).Concat(said).Concat(lists);
        positions.AddRange(SentenceViews.Find(context, facts.Select(f => f.Evidence).ToList()));
        Offices.Describe(context);
        Descriptions.Describe(context);
        SpeakerRoles.Describe(context, statements);
        TagRoles.Describe(context, statements);
        Pictures.Describe(context);
        return new ArticleModel
        {
            Article = article,
            Drafted = true,
            Info = Info(context),
            Actors = drafts.Select(a => ToActor(context, a)).ToList(),
            Topics = context.Topics.All.Select(t => new Topic(t.Id, t.Name, t.Aliases, t.Description.Text, context.Evidence(t.Line, t.Quote))).ToList(),
            Positions = positions,
            Events = events,
            Explanations = explanations,
            Relations = relations,
            Statements = said,
            Lists = lists,
        };
    }

    /// <summary>Who wrote the piece: each person the byline names, or the outlet of an unsigned one.</summary>
    private static List<ActorDraft> Authors(List<ActorDraft> drafts, string? byline, string? outlet)
    {
        var names = outlet is not null ? [outlet] : byline is null ? [] : Bylines.Names(byline);
        return drafts.Where(a => a.Kind == (outlet is null ? ActorKind.Person : ActorKind.Organisation) && names.Contains(a.Name, StringComparer.Ordinal)).ToList();
    }

    private static Actor ToActor(DraftContext context, ActorDraft draft)
    {
        var affiliation = draft.Affiliation is { } name ? context.Actors.FirstOrDefault(a => a != draft && a.Names.Contains(name, StringComparer.Ordinal))?.Id : null;
        // Named only outside the article's body (in the bio): the clause that names it says what it is.
        var role = draft.Role ?? char.ToUpperInvariant(draft.Quote[0]) + draft.Quote[1..];
        return new Actor(draft.Id, draft.Name, draft.Kind, draft.Aliases, role, affiliation, draft.Gender, context.Evidence(draft.Line, draft.Quote));
    }

    private static ArticleInfo Info(DraftContext context)
    {
        // A credit line under the byline ("Coproduced by X and Y") tells who made the piece, not what it says.
        var body = context.Lines.Where(l => l.Kind == BlockKind.Body && !CreditLine().IsMatch(l.Text)).ToList();
        var lede = body.FirstOrDefault();
        // A news lede tells what happened on a day ("On June 2, X announced ..."); the sentence soon after that says
        // what it reveals is the piece's point.
        if (lede is not null && DatedLede(lede))
            lede = body.Where(l => l.Sentence.Paragraph < lede.Sentence.Paragraph + NutGraphParagraphs).FirstOrDefault(l => NutGraph().IsMatch(l.Text)) ?? lede;
        // A wire dateline ("ALMATY, June 3 (Reuters) -") says where the story was filed, not what it reports.
        var dateline = lede is null ? null : NewsDatelines.Find(lede.Text);
        var from = dateline?.End ?? 0;
        var quote = lede is null ? null : Quotes.Clip(lede.Text, from, lede.Text.Length);
        // The byline's outlet, a credit line ("Produced by X and Y", "Published by X") or a line naming the outlet and
        // the date under the title names who put the piece out.
        var credit = context.Lines.FirstOrDefault(l => l.Kind == BlockKind.Body && PublisherLine().IsMatch(l.Text));
        var source = BylineDetails.Outlet(context.Article.Blocks, context.Article.Author) ?? (credit is null ? null : PublisherLine().Match(credit.Text).Groups["by"].Value.Trim().TrimEnd('.'))
            ?? OutletLines.Find(context.Article.Blocks)?.Outlet ?? NewsDatelines.Of(context.Lines)?.Dateline.Agency;
        return new ArticleInfo(string.IsNullOrEmpty(source) ? null : source, context.Dates.Published, lede?.Text[from..], lede is null ? null : context.Evidence(lede, quote!));
    }

    /// <summary>
    /// Photo captions: blocks with a photo marker, label or credit (also under the author's bio, where a photo may be
    /// placed), or one short sentence with no verb ("X at a press conference in 2011.").
    /// </summary>
    private static List<string> Captions(Article article) =>
        article.Blocks.Where(b => (b.Kind is BlockKind.Body or BlockKind.Footer && IsMarked(b.Text)) || (b.Kind == BlockKind.Body && IsVerblessScene(b)))
            .Select(b => b.Text).ToList();

    // A wire dateline's agency ("ALMATY (Reuters) -") is no photo credit.
    private static bool IsMarked(string text) => CaptionMarker().IsMatch(NewsDatelines.Rest(text)) || Pictures.IsLabelled(text);

    private static bool IsVerblessScene(Block block)
    {
        var words = Words.Split(block.Text);
        return block.Sentences.Count == 1 && words.Count <= CaptionMaxWords && VerblessScene().IsMatch(block.Text)
            && !words.Any(w => NewsWords.Auxiliaries.Contains(w.Text) || w.Text.EndsWith("ed", StringComparison.Ordinal) || Verbs.IsReporting(w.Text));
    }

    [GeneratedRegex(@"\((?:left|right|center|centre|top|bottom|front|file photo|file|photo|archive|AFP|AP|Reuters|EPA)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionMarker();

    private static bool DatedLede(Line line) =>
        line.Words.Take(DatedLedeWords).Any(w => Dates.IsMonth(w.Text) || Weekdays.Contains(w.Text));

    private static readonly HashSet<string> Weekdays = new(CultureInfo.InvariantCulture.DateTimeFormat.DayNames, StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:reveals|revealed|highlights|underscores|signals|illustrates|demonstrates|points to)\b")]
    private static partial Regex NutGraph();

    /// <summary>A credit line naming who put the piece out ("Coproduced by X and Y", "Published by X").</summary>
    [GeneratedRegex(@"^(?:Co-?produced|Produced|Published) by (?<by>[^.]{3,120})\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PublisherLine();

    [GeneratedRegex(@"^(?:Co-?produced|Produced|Published|Prepared|Edited|Compiled|Commissioned|Supported|Sponsored|Funded) (?:by|with|for|in partnership with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^\p{Lu}[^.]* (?:at|with|during|in front of) [^.]+\.$")]
    private static partial Regex VerblessScene();
}
