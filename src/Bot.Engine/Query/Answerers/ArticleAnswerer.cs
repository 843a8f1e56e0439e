using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Questions about the articles themselves: what they are about, who wrote them, their sections, captions and source.</summary>
internal static class ArticleAnswerer
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    public static Reply About(Turn t)
    {
        var answer = new AnswerBuilder();
        foreach (var model in t.Index.Knowledge.Articles)
        {
            var article = model.Article;
            var byline = article.Author is null ? "" : $" by {article.Author}";
            var source = model.Info.Source is null ? "" : $" ({model.Info.Source})";
            var summary = model.Info.Summary ?? article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Body)?.Sentences.FirstOrDefault()?.Text ?? "";
            var evidence = model.Info.SummaryEvidence ?? FirstBodyEvidence(model);
            answer.Add($"\"{article.Title}\"{byline}{source}: {summary}", evidence);
            // The lede often only sets the scene; the sentence stating what the piece argues follows it, and the
            // closing paragraphs restate it. Asked for the argument, the conclusion comes first.
            var thesis = ThesisFinder.Find(t.Index, model) is { } found && !summary.Contains(found.Sentence.Text, StringComparison.Ordinal) ? found : null;
            var conclusion = ThesisFinder.Conclusion(t.Index, model) is { } closing && closing != thesis && !summary.Contains(closing.Sentence.Text, StringComparison.Ordinal) ? closing : null;
            (string Lead, IndexedSentence? Sentence)[] said = [("Its point", thesis), ("It concludes", conclusion)];
            if (t.Q.Tokens.AnyIn(Vocabulary.ArgumentWords))
                Array.Reverse(said);
            foreach (var (lead, sentence) in said)
            {
                if (sentence is not null)
                    answer.Add($"{lead}: \"{sentence.Sentence.Text}\"", Replies.Evidence(sentence));
            }
        }
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    private static Evidence? FirstBodyEvidence(ArticleModel model) =>
        model.Article.Sentences.FirstOrDefault(s => model.Article.KindOf(s.Paragraph) == BlockKind.Body) is { } s
            ? new Evidence(model.Article.Id, s.Paragraph, s.Text)
            : null;

    public static Reply Author(Turn t)
    {
        var answer = new AnswerBuilder();
        // "who wrote it?" then "where does he study?": the author becomes the subject.
        var authors = t.Index.Knowledge.Articles.Select(m => m.Article.Author).OfType<string>()
            .SelectMany(author => t.Index.Linker.MentionedIn(author, actorsOnly: true)).Distinct().ToList();
        foreach (var model in t.Index.Knowledge.Articles)
        {
            var article = model.Article;
            var when = model.Info.Published is { YearInferred: false } date ? ", " + WrittenDate(model, date) : "";
            if (article.Author is null)
            {
                // An unsigned piece is the outlet's own: say whose, as the byline does.
                answer.Add($"\"{article.Title}\" doesn't name its author." + (model.Info.Source is { } outlet ? $" It was published unsigned by {outlet}{when}." : ""));
                continue;
            }
            var bio = article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Bio);
            // "where is the author based?" of a piece with no note on its author: the byline is all it says of them.
            if (bio is null && (t.Q.Residual.AnyIn(Vocabulary.AuthorDetailStems) || t.Q.Tokens[0] == "where") && t.Index.Knowledge.Articles.Count == 1)
                return Replies.Unknown(t with { Q = t.Q with { Entities = [] } },
                    $"The article says nothing of its author beyond the byline: \"{article.Title}\" was written by {article.Author}.") with { Subjects = authors };
            // "whose byline is on this, and which outlet ran it?": where it appeared comes with who wrote it.
            var published = model.Info.Source is { } source ? $" and published by {source}{when}" : "";
            answer.Add($"\"{article.Title}\" was written by {article.Author}{published}.");
            foreach (var sentence in bio?.Sentences.Take(2) ?? [])
                answer.Add(sentence.Text, new Evidence(article.Id, sentence.Paragraph, sentence.Text));
        }
        Suggestions.Defaults(answer);
        return Replies.Answered(answer) with { Subjects = authors };
    }

    public static Reply Sections(Turn t)
    {
        var answer = new AnswerBuilder();
        if (NamedSection(t) is { } named)
        {
            // "what is the 'Canceled Visit' section about": its heading and opening sentences.
            var (model, heading) = named;
            answer.Add($"The section \"{heading.Text}\" says:");
            foreach (var sentence in model.Article.Blocks.SkipWhile(b => b != heading).Skip(1)
                .TakeWhile(b => b.Kind != BlockKind.Heading).Where(b => b.Kind == BlockKind.Body).SelectMany(b => b.Sentences).Take(3))
            {
                if (!answer.Add(sentence.Text, new Evidence(model.Article.Id, sentence.Paragraph, sentence.Text)))
                    break;
            }
            Suggestions.Defaults(answer);
            return Replies.Answered(answer);
        }
        foreach (var model in t.Index.Knowledge.Articles)
        {
            var headings = model.Article.Headings.ToList();
            if (headings.Count == 0)
            {
                answer.Add($"\"{model.Article.Title}\" has no section headings.");
                continue;
            }
            answer.Add($"\"{model.Article.Title}\" has {headings.Count} sections: {string.Join(", ", headings.Select(h => h.Text))}.",
                new Evidence(model.Article.Id, headings[0].Number, headings[0].Text));
        }
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    private static (ArticleModel Model, Block Heading)? NamedSection(Turn t)
    {
        var asked = string.Join(' ', t.Q.Tokens.Select(Text.Stemmer.Stem));
        foreach (var model in t.Index.Knowledge.Articles)
        {
            foreach (var heading in model.Article.Headings)
            {
                if (asked.Contains(string.Join(' ', Words.Stems(heading.Text)), StringComparison.Ordinal))
                    return (model, heading);
            }
        }
        return null;
    }

    public static Reply Captions(Turn t)
    {
        var q = t.Q;
        // "was the photo of X taken in Port Alder?": a claim about what a photo shows, checked like any other.
        if (q.Entities.Count > 0 && q.Tokens[0] is "is" or "was" or "were" or "are" or "does" or "did" or "do")
        {
            var claim = Pipeline.RefusalPolicy.Decide(q with { Intent = Pipeline.Intent.YesNo });
            return claim.Refused ? Replies.NotInArticle(t, claim.Missing) : YesNoAnswerer.YesNo(t.With(claim.Question));
        }
        var captions = t.Index.Knowledge.Articles.SelectMany(m => m.Article.Blocks.Where(b => b.Kind == BlockKind.Caption).Select(b => (m, b))).ToList();
        if (captions.Count == 0)
            return Replies.Unknown(t, "The article has no photo captions.");
        var ordinal = Array.FindIndex(Ordinals, o => q.Tokens.Contains(o));
        if (q.Tokens.Contains("last"))
            ordinal = captions.Count - 1;
        var chosen = ordinal >= 0 && ordinal < captions.Count ? [captions[ordinal]] : captions;
        if (PhotoCredits.AsksPhotographer(q) && !chosen.Any(c => PhotoCredits.Credits(c.b.Text)))
            return Replies.Unknown(t, "The article's captions don't say who took the photos.");
        var answer = new AnswerBuilder();
        if (chosen.Count > 1)
            answer.Add($"The article has {captions.Count} photo captions:");
        foreach (var (model, block) in chosen)
        {
            if (!answer.Add($"\"{block.Text}\"", new Evidence(model.Article.Id, block.Number, block.Text)))
                break;
        }
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    public static Reply Source(Turn t)
    {
        // Where it appeared, when, or both: whichever the article gives.
        // A date only guessed from the text is no date of publication.
        var known = t.Index.Knowledge.Articles.Where(m => m.Info.Source is not null || m.Info.Published is { YearInferred: false }).ToList();
        if (known.Count == 0)
            return Replies.Unknown(t with { Q = t.Q with { Entities = [] } }, "The article doesn't say where or when it was published.");
        // "on what date was it published?" of an undated article: where it appeared is no answer to when.
        if (t.Q.Tokens.Any(w => w is "when" or "date" or "dated" or "day" or "year") && !known.Any(m => m.Info.Published is { YearInferred: false }))
        {
            var guessed = known.Select(m => m.Info.Published).OfType<FactDate>().Select(DateText.Describe).FirstOrDefault();
            return Replies.Unknown(t with { Q = t.Q with { Entities = [] } }, "The article doesn't give the date it was published"
                + (guessed is null ? "." : $"; the latest events it reports are from {guessed}."));
        }
        var answer = new AnswerBuilder();
        foreach (var model in known)
        {
            var when = model.Info.Published is { } date ? WrittenDate(model, date) : null;
            if (model.Info.Source is not { } source)
            {
                answer.Add($"\"{model.Article.Title}\" is dated {when}; it doesn't say where it was published.");
                continue;
            }
            var footer = model.Article.Blocks.LastOrDefault(b => b.Text.Contains(source, StringComparison.Ordinal));
            answer.Add($"\"{model.Article.Title}\" was published by {source}{(when is null ? "" : ", " + when)}.",
                footer is null ? null : new Evidence(model.Article.Id, footer.Number, footer.Text));
        }
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>The date an article was published, as its heading lines write it if they do.</summary>
    private static string WrittenDate(ArticleModel model, FactDate date) =>
        DateText.AsWritten(string.Join(" ", model.Article.Blocks.Take(HeadingBlocks).Select(b => b.Text)), date) ?? DateText.Describe(date);

    /// <summary>How many blocks from the top of an article its title, byline and dateline stand in.</summary>
    private const int HeadingBlocks = 4;

    public static Reply Help(Turn t, bool emptyQuestion)
    {
        var answer = new AnswerBuilder();
        var titles = string.Join("; ", t.Index.Knowledge.Articles.Select(m => $"\"{m.Article.Title}\""));
        answer.Add(emptyQuestion ? "Ask me a question about the article." : $"I answer questions about {titles}, quoting the sentence I rely on.");
        answer.Add("Ask who someone is, what they want, who supports or opposes what, what happened when, why, or compare two sides.");
        Suggestions.Defaults(answer);
        return new Reply(answer.Build(emptyQuestion ? AnswerStatus.Unknown : AnswerStatus.Answered));
    }
}
