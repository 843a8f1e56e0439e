using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Who wrote it?" then "where does he work?", "what's his specialty?", "which papers does he write for?": the writer's
/// own details are in the note on the author closing the piece, in words such a question seldom uses ("Research Fellow
/// at ...", "DPhil candidate at ..."), so the note answers it, never a sentence of the body holding the word.
/// </summary>
internal static class WriterDetails
{
    /// <summary>How many of the note's sentences answer: the first tell who the writer is; the rest (where to follow them) seldom add to it.</summary>
    private const int NoteSentences = 2;

    /// <summary>The outlets a writer writes for ("which papers does he write for?").</summary>
    private static readonly HashSet<string> OutletStems = Vocabulary.Stems("paper", "papers", "newspaper", "newspapers", "outlet", "outlets", "publication", "publications",
        "magazine", "magazines", "column", "columns");

    /// <summary>
    /// The kinds of detail a note on a writer tells, each by the words asking it and the words of a note telling it: a
    /// note saying where someone works does not say where they studied, so a question of a kind the note lacks stays
    /// unknown. Not their age, home or nationality, which notes seldom give and a sentence beside the name does.
    /// </summary>
    private static readonly (HashSet<string> Asked, HashSet<string>? Told)[] DetailKinds =
    [
        (Vocabulary.Stems("studying", "studies", "student", "university", "educated", "academic", "degree", "pursuing", "doctorate"),
            Vocabulary.Stems("candidate", "student", "studying", "phd", "dphil", "doctoral", "doctorate", "degree", "graduate")),
        (Vocabulary.Stems("job", "work", "works", "worked", "affiliation", "affiliated", "institution", "institutional", "employer", "employed", "occupation"),
            Vocabulary.Stems("fellow", "professor", "lecturer", "researcher", "analyst", "director", "editor", "journalist", "correspondent", "head", "chair",
                "works", "worked", "founder", "adviser", "advisor", "associate", "candidate")),
        (Vocabulary.Stems("specialty", "speciality", "specialism", "expertise"),
            Vocabulary.Stems("specialising", "specializing", "specialises", "specializes", "specialist", "expert", "expertise", "focus", "focuses",
                "focusing", "interested", "interests", "researches", "researching")),
        (OutletStems,
            Vocabulary.Stems("contributes", "contributor", "writes", "writer", "columnist", "magazine", "newspaper", "journal", "post", "times")),
        // "what's his background?": whatever the note says is it.
        (Vocabulary.Stems("background", "credentials", "qualifications", "bio", "biography", "experience", "profession", "career"), null),
    ];

    /// <summary>Verbs that only say a writer writes: beside an outlet word they ask the same, alone they ask what the article says.</summary>
    private static readonly HashSet<string> WritingStems = Vocabulary.Stems("write", "writes", "wrote", "contribute", "contributes", "publish", "publishes");

    /// <summary>
    /// Whether the question asks only the details of one person who wrote the article. "who is the author and where is
    /// she based?" names the author and is answered as such, with the note.
    /// </summary>
    public static bool Asks(Turn t) =>
        t.Q is { Entities: [var one], Residual.Count: > 0, Intent: not Intent.Author } q && t.Index.IsAuthor(one) && !AgeAnswerer.Asks(q)
        && q.Residual.All(w => WritingStems.Contains(w) || DetailKinds.Any(k => k.Asked.Contains(w)))
        && q.Residual.Any(w => !WritingStems.Contains(w))
        // "her words to the newspaper" asks what she told it; "which papers does she write for?" asks where she writes.
        && (!q.Residual.Any(OutletStems.Contains) || q.Residual.Any(WritingStems.Contains));

    /// <summary>The note's first sentences, with any later one holding a word asked, or null when the piece has no note on its author.</summary>
    public static Reply? Answer(Turn t)
    {
        var name = t.Index.NameOf(t.Q.Entities[0]);
        var model = t.Index.Knowledge.Articles.FirstOrDefault(m => m.Article.Author is { } author && author.Contains(name, StringComparison.OrdinalIgnoreCase));
        if (model?.Article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Bio) is not { } note)
            return null;
        var sentences = note.Sentences.SelectMany(s => t.Index.InParagraph(s.Paragraph).Where(i => ReferenceEquals(i.Article, model) && i.Sentence == s)).ToList();
        var stems = sentences.SelectMany(s => s.Stems).ToHashSet(StringComparer.Ordinal);
        if (!t.Q.Residual.Where(w => !WritingStems.Contains(w)).All(w => DetailKinds.Any(k => k.Asked.Contains(w) && (k.Told is null || k.Told.Overlaps(stems)))))
            return null;
        var told = sentences.Where((s, i) => i < NoteSentences || s.Stems.Any(t.Q.Residual.Contains)).ToList();
        if (told.Count == 0)
            return null;
        var answer = new AnswerBuilder();
        foreach (var sentence in told)
            answer.Add(sentence.Sentence.Text, Replies.Evidence(sentence));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer) with { Subjects = [t.Q.Entities[0]] };
    }
}
