using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>What every finder shares while drafting one article: its sentences, actors, dates, topics and ids.</summary>
internal sealed partial class DraftContext
{
    public required Article Article { get; init; }
    public required IReadOnlyList<Line> Lines { get; init; }
    public required IReadOnlyList<ActorDraft> Actors { get; init; }

    /// <summary>Who wrote the piece, whose view its own unattributed claims are.</summary>
    public required IReadOnlyList<ActorDraft> Authors { get; init; }
    public required Subjects Subjects { get; init; }
    public required DateBook Dates { get; init; }
    public required TopicBook Topics { get; init; }
    public required IdPool Ids { get; init; }

    public IEnumerable<Line> Reporting => Lines.Where(l => l.IsReporting);

    public Evidence Evidence(Line line, string quote) => new(Article.Id, line.Sentence.Paragraph, quote);

    public ActorDraft Actor(string id) => Actors.First(a => a.Id == id);

    /// <summary>The sentence before, if it is in the same paragraph.</summary>
    public Line? Previous(Line line)
    {
        var index = Lines.ToList().IndexOf(line);
        return index > 0 && Lines[index - 1].Sentence.Paragraph == line.Sentence.Paragraph ? Lines[index - 1] : null;
    }

    /// <summary>
    /// The next sentence of the paragraph when it only spells this one out ("That includes A, B and C"): such a sentence
    /// cannot stand alone, and without it a view or statement loses its items.
    /// </summary>
    public Line? Elaboration(Line line)
    {
        var index = Lines.ToList().IndexOf(line);
        return index >= 0 && index + 1 < Lines.Count && Lines[index + 1].Sentence.Paragraph == line.Sentence.Paragraph && Elaborating().IsMatch(Lines[index + 1].Text)
            ? Lines[index + 1]
            : null;
    }

    /// <summary>A sentence's text, or a quote ending it, run on into its <see cref="Elaboration"/>; a quote cut short stays as it is.</summary>
    public string WithElaboration(Line line, string text) =>
        Elaboration(line) is { } next && line.Text.EndsWith(text, StringComparison.Ordinal) ? text + " " + next.Text : text;

    [GeneratedRegex(@"^(?:That|This|These|Those|It|They) (?:includes?|included|involves?|involved|covers?|covered|ranges?|ranged|encompass(?:es)?|encompassed)\b")]
    private static partial Regex Elaborating();

    /// <summary>The paragraph's first sentence, if it comes before this one: what the paragraph is about.</summary>
    public Line? Opening(Line line) =>
        Lines.FirstOrDefault(l => l.Sentence.Paragraph == line.Sentence.Paragraph) is { } first && first != line ? first : null;

    /// <summary>The reporting sentence before, even across a paragraph break: what "this" at a paragraph's start points back to.</summary>
    public Line? Before(Line line)
    {
        var index = Lines.ToList().IndexOf(line);
        return Lines.Take(Math.Max(index, 0)).LastOrDefault(l => l.IsReporting);
    }

    public static IReadOnlyList<string> ActorsIn(Line line, int start = 0, int end = int.MaxValue) =>
        line.Mentions.Where(m => m.Start >= start && m.End <= end).Select(m => m.Actor).Distinct().ToList();
}
