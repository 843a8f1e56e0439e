using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// A sentence no other fact holds still says something of the actor it opens with ("Ruritania has long courted
/// the bloc"): that actor's view of what the rest of the sentence is about, so the sentence can be found and cited.
/// A sentence opening with "he" or "she" is the view of whom the pronoun stands for. A sentence no actor opens is the
/// view of the article's author when the byline names one.
/// </summary>
internal static partial class SentenceViews
{
    private const int OpeningWords = 4;

    /// <summary>Words opening a phrase that sets the scene before the main clause.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "as", "while", "although", "though", "despite", "after", "since", "when", "if", "because", "given", "amid",
    };

    public static List<Position> Find(DraftContext context, IEnumerable<Evidence> taken)
    {
        var quotes = taken.ToLookup(e => e.Paragraph);
        var positions = new List<Position>();
        var author = context.Authors.Count == 1 ? context.Authors[0] : null;
        HashSet<string>? names = null;
        foreach (var line in context.Reporting)
        {
            // A question ("Does X need Y?") asks; it states no view.
            if (line.Text.EndsWith('?') || Taken(line, quotes[line.Sentence.Paragraph]))
                continue;
            var opening = line.WordAt(line.Text.Length) > OpeningWords ? line.Words[OpeningWords].Start : line.Text.Length;
            // "Despite X's pleas, Y ...": an opening phrase set off by a comma does not bind the name after it.
            var subject = line.Mentions.FirstOrDefault(m => m.End <= opening && !m.Possessive && Subjects.IsFree(line, m, ClauseMarks.PreviousComma(line.Text, Math.Max(m.Start - 1, 0)) + 1));
            if (subject is null && OpeningPronoun(line) is { } pronoun && Referent(context, line, pronoun) is { } person)
            {
                positions.Add(PositionFinder.Make(context, line, person, StanceCues.Of(line.Text[pronoun.End..]), pronoun.End, pronoun.End, predicate: true));
                continue;
            }
            if (subject is null)
            {
                // No actor opens it: it is the article's own claim, so its sole author's view.
                if (author is not null && line.Kind == BlockKind.Body)
                {
                    // "Yet, ...", "With X doing Y, ...": what the sentence is about starts after its opening phrase.
                    var comma = ClauseMarks.NextComma(line.Text, 0);
                    var from = comma > 0 && (line.WordAt(comma) <= OpeningWords || Subordinators.Contains(line.Words[0].Text)) ? comma + 1 : 0;
                    if (!OpensWithName(line, from, names ??= MidSentenceNames(context)))
                        positions.Add(PositionFinder.Make(context, line, author.Id, StanceCues.Of(line.Text), from, from));
                }
                continue;
            }
            // "(Photo credit: X)": a name with no word after it says nothing about what it holds.
            if (line.Words.Any(w => w.Start >= subject.End))
                positions.Add(PositionFinder.Make(context, line, subject.Actor, StanceCues.Of(line.Text[subject.End..]), subject.End, subject.End, predicate: true));
        }
        return positions;
    }

    /// <summary>
    /// "Brenmark handed over a tenth of its land": a sentence whose subject is a name (one the text also writes capitalised
    /// inside a sentence) and whose verb tells what it did, even when the draft knows it as no actor, narrates that deed;
    /// it is no view of the author's. "Western frameworks misread the region" still is one.
    /// </summary>
    private static bool OpensWithName(Line line, int from, HashSet<string> names)
    {
        var words = line.Words.SkipWhile(w => w.Start < from).Take(2).ToList();
        return words is [{ IsCapitalized: true } first, { IsCapitalized: false } verb] && names.Contains(first.Text) && !NewsWords.IsFunctionWord(first.Text)
            && verb.Lower.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>Capitalised words the text writes inside its sentences, not only at their start: names.</summary>
    private static HashSet<string> MidSentenceNames(DraftContext context) =>
        context.Lines.SelectMany(l => l.Words.Skip(1).Where(w => w.IsCapitalized).Select(w => w.Text)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a fact already holds the sentence: one quoting it from before its second main clause ("He was not
    /// charged, and supporters say ..." leaves the first clause, and its view, free).
    /// </summary>
    private static bool Taken(Line line, IEnumerable<Evidence> quotes)
    {
        var second = SecondClause().Match(line.Text);
        return quotes.Any(e => line.Text.IndexOf(e.Quote, StringComparison.Ordinal) is >= 0 and var at && (!second.Success || at < second.Index + second.Length));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@", (?:and|but) ")]
    private static partial System.Text.RegularExpressions.Regex SecondClause();

    /// <summary>"He ...", "But she ...": the pronoun a sentence opens with, after a conjunction or an adverb set off by a comma.</summary>
    private static Word? OpeningPronoun(Line line)
    {
        var words = line.Words.SkipWhile(w => w.Lower is "but" or "and" or "yet" or "so" || line.Text.AsSpan(w.End).TrimStart(' ').StartsWith(",")).Take(1).ToList();
        return words is [{ Lower: "he" or "she" } word] && line.WordAt(word.Start) <= 2 ? word : null;
    }

    /// <summary>
    /// Whom a run of sentences opening with the same "he" or "she" speaks of: the person the run's first pronoun points
    /// back to ("X has no need to. He may even ... But he cannot ...").
    /// </summary>
    private static string? Referent(DraftContext context, Line line, Word pronoun)
    {
        var (first, word) = (line, pronoun);
        while (context.Previous(first) is { } previous && OpeningPronoun(previous) is { } earlier && earlier.Lower == pronoun.Lower)
            (first, word) = (previous, earlier);
        return context.Subjects.Resolve(first, word.Text, word.Start);
    }
}
