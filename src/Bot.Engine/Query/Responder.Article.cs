using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>Questions about the articles themselves, open questions, and the honest "the article doesn't say".</summary>
internal sealed partial class Responder
{
    private IEnumerable<ArticleModel> Articles => index.Knowledge.Articles;

    private Answer About()
    {
        var answer = new AnswerBuilder();
        foreach (var model in Articles)
        {
            var article = model.Article;
            var byline = article.Author is null ? "" : $" by {article.Author}";
            var source = model.Info.Source is null ? "" : $" ({model.Info.Source})";
            var summary = model.Info.Summary ?? article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Body)?.Sentences.FirstOrDefault()?.Text ?? "";
            var evidence = model.Info.SummaryEvidence ?? FirstBodyEvidence(model);
            answer.Add($"\"{article.Title}\"{byline}{source}: {summary}", evidence);
        }
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    private static Evidence? FirstBodyEvidence(ArticleModel model) =>
        model.Article.Sentences.FirstOrDefault(s => model.Article.Blocks[s.Paragraph].Kind == BlockKind.Body) is { } s
            ? new Evidence(model.Article.Id, s.Paragraph, s.Text)
            : null;

    private Answer Author(ParsedQuestion q)
    {
        var answer = new AnswerBuilder();
        // "who wrote it?" then "where does he study?": the author becomes the subject.
        foreach (var author in Articles.Select(m => m.Article.Author).OfType<string>())
            q.Entities.AddRange(index.Linker.MentionedIn(author, actorsOnly: true).Where(id => !q.Entities.Contains(id)));
        foreach (var model in Articles)
        {
            var article = model.Article;
            if (article.Author is null)
            {
                answer.Add($"\"{article.Title}\" doesn't name its author.");
                continue;
            }
            var bio = article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Bio);
            answer.Add($"\"{article.Title}\" was written by {article.Author}.");
            foreach (var sentence in bio?.Sentences.Take(2) ?? [])
                answer.Add(sentence.Text, new Evidence(article.Id, sentence.Paragraph, sentence.Text));
        }
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    private Answer Sections(ParsedQuestion q)
    {
        var answer = new AnswerBuilder();
        if (NamedSection(q) is { } named)
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
            SuggestDefaults(answer);
            return answer.Build(AnswerStatus.Answered);
        }
        foreach (var model in Articles)
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
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    private (ArticleModel Model, Block Heading)? NamedSection(ParsedQuestion q)
    {
        var asked = string.Join(' ', q.Tokens.Select(Text.Stemmer.Stem));
        foreach (var model in Articles)
        {
            foreach (var heading in model.Article.Headings)
            {
                if (asked.Contains(string.Join(' ', Words.Stems(heading.Text)), StringComparison.Ordinal))
                    return (model, heading);
            }
        }
        return null;
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    private Answer Captions(ParsedQuestion q)
    {
        var captions = Articles.SelectMany(m => m.Article.Blocks.Where(b => b.Kind == BlockKind.Caption).Select(b => (m, b))).ToList();
        if (captions.Count == 0)
            return Unknown(q, "The article has no photo captions.");
        var ordinal = Array.FindIndex(Ordinals, o => q.Tokens.Contains(o));
        if (q.Tokens.Contains("last"))
            ordinal = captions.Count - 1;
        var chosen = ordinal >= 0 && ordinal < captions.Count ? [captions[ordinal]] : captions;
        var answer = new AnswerBuilder();
        if (chosen.Count > 1)
            answer.Add($"The article has {captions.Count} photo captions:");
        foreach (var (model, block) in chosen)
        {
            if (!answer.Add($"\"{block.Text}\"", new Evidence(model.Article.Id, block.Number, block.Text)))
                break;
        }
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    private Answer Source()
    {
        var known = Articles.Where(m => m.Info.Source is not null).ToList();
        if (known.Count == 0)
            return Unknown(null, "The article doesn't say where it was published.");
        var answer = new AnswerBuilder();
        foreach (var model in known)
        {
            var when = model.Info.Published is { } date ? $", {DateText.Describe(date)}" : "";
            var footer = model.Article.Blocks.LastOrDefault(b => b.Text.Contains(model.Info.Source!, StringComparison.Ordinal));
            answer.Add($"\"{model.Article.Title}\" was published by {model.Info.Source}{when}.",
                footer is null ? null : new Evidence(model.Article.Id, footer.Number, footer.Text));
        }
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    private Answer Help(bool emptyQuestion)
    {
        var answer = new AnswerBuilder();
        var titles = string.Join("; ", Articles.Select(m => $"\"{m.Article.Title}\""));
        answer.Add(emptyQuestion ? "Ask me a question about the article." : $"I answer questions about {titles}, quoting the sentence I rely on.");
        answer.Add("Ask who someone is, what they want, who supports or opposes what, what happened when, why, or compare two sides.");
        SuggestDefaults(answer);
        return answer.Build(emptyQuestion ? AnswerStatus.Unknown : AnswerStatus.Answered);
    }

    private Answer More()
    {
        if (!conversation.More.TryDequeue(out var next))
        {
            if (_previousFact is { } last && BestNeighbour(last) is { } neighbour)
                return FromSentence(neighbour, null);
            return Unknown(null, "That's all the article says on that.");
        }
        var answer = new AnswerBuilder();
        answer.Add(next.Fact.Text, next.Fact.Evidence);
        conversation.LastFact = next;
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    /// <summary>The sentence after the last evidence: the article's own continuation of the point.</summary>
    private IndexedSentence? BestNeighbour(IndexedFact last)
    {
        var sentences = index.Sentences.Where(s => s.Article == last.Article).ToList();
        var quoted = sentences.FindLastIndex(s => s.Sentence.Text.Contains(last.Fact.Evidence.Quote, StringComparison.Ordinal)
            || (s.Sentence.Paragraph == last.Fact.Evidence.Paragraph && last.Fact.Evidence.Quote.Contains(s.Sentence.Text, StringComparison.Ordinal)));
        return quoted >= 0 && quoted + 1 < sentences.Count ? sentences[quoted + 1] : null;
    }

    private Answer General(ParsedQuestion q)
    {
        if (q.Entities.Count > 0 && q.Residual.Count == 0 && q.Date is null)
            return Describe(q.Entities, q);
        if (q.Date is not null && q.Entities.Count == 0 && q.Residual.Count == 0)
            return OnDate(q);
        if (!q.HasSubject)
            return Unknown(q, "I couldn't find a question about the article in that.");
        // The first name in the question is its subject: a fact that leaves it out does not answer.
        var ranked = Rank(index.Facts.Where(f => f.Fact is not Actor), q)
            .Where(s => Fits(s, q) && (q.Entities.Count == 0 || s.Fact.EntityWeight(q.Entities[0]) > 0)).ToList();
        if (ranked.Count > 0 && q.Residual.Count > 0)
            return Report(ranked, q, max: 1, preferTypes: false);
        var sentence = BestSentence(q);
        return sentence is null ? Unknown(q, "The article doesn't say.") : FromSentence(sentence, q);
    }

    private Answer FromSentence(IndexedSentence sentence, ParsedQuestion? q)
    {
        var answer = new AnswerBuilder();
        var text = sentence.Sentence.Text;
        answer.Add($"The article says: \"{text}\"", new Evidence(sentence.Article.Article.Id, sentence.Sentence.Paragraph, text));
        if (q?.Entities.FirstOrDefault() is { } id)
            SuggestAbout(answer, id, q.Intent);
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Answered);
    }

    private Answer NotInArticle(ParsedQuestion q)
    {
        var words = string.Join(", ", q.Foreign.Take(3).Select(w => $"\"{AnswerBuilder.Shorten(w, 30)}\""));
        return Unknown(q, $"The article doesn't say anything about {words}.");
    }

    private Answer Unknown(ParsedQuestion? q, string message)
    {
        var answer = new AnswerBuilder();
        answer.Add(message);
        var subject = q?.Entities.FirstOrDefault();
        if (subject is not null)
        {
            SuggestAbout(answer, subject, Intent.General);
            answer.Add($"I can tell you who {index.NameOf(subject)} is or what the article says about them.");
        }
        else
        {
            answer.Add("I can answer questions about the article's actors, their positions, the events it reports and why.");
        }
        SuggestDefaults(answer);
        return answer.Build(AnswerStatus.Unknown);
    }

    private Answer Clarify(ParsedQuestion q, Mention mention)
    {
        var candidates = mention.Candidates.Where(id => index.Find(id)?.IsActor == true).ToList();
        conversation.PendingClarification = (q.Words, candidates);
        var answer = new AnswerBuilder();
        var word = q.Tokens[mention.Start];
        var options = candidates.Select(id => index.Find(id)!).Select(e => $"{e.Name} ({ShortRole(e)})");
        answer.Add($"Which {Capitalize(word)} do you mean: {string.Join(" or ", options)}?");
        foreach (var id in candidates)
            answer.Suggest(index.NameOf(id));
        return answer.Build(AnswerStatus.Clarify);
    }

    private static string ShortRole(Entity entity)
    {
        var role = entity.Actors.FirstOrDefault()?.Role ?? "";
        var cut = role.IndexOfAny([',', ';', '.']);
        return AnswerBuilder.Shorten(cut > 0 ? role[..cut] : role, 60);
    }

    /// <summary>Follow-up questions about an entity that the model can answer.</summary>
    private void SuggestAbout(AnswerBuilder answer, string id, Intent asked)
    {
        if (index.Find(id) is not { } entity)
            return;
        if (asked != Intent.Who && entity.IsActor)
            answer.Suggest(entity.IsPerson ? $"Who is {entity.Name}?" : $"Tell me about {entity.Name}");
        if (asked is not (Intent.Why) && index.FactsAbout(id).Any(f => f.Fact is Explanation))
            answer.Suggest("Why?");
        if (asked is not (Intent.Position) && index.FactsAbout(id).Any(f => f.Fact is Position))
            answer.Suggest(entity.IsActor ? $"What does {entity.Name} want?" : $"Who supports {entity.Name}?");
        if (asked is not (Intent.SpeakerSaid) && index.FactsAbout(id).Any(f => f.Fact is Statement))
            answer.Suggest($"What did {entity.Name} say?");
    }

    private static void SuggestDefaults(AnswerBuilder answer)
    {
        answer.Suggest("What is the article about?");
        answer.Suggest("Who are the main actors?");
        answer.Suggest("What happened when?");
    }
}
