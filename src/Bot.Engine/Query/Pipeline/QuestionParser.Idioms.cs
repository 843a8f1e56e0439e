using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Pipeline;

internal static partial class QuestionParser
{
    /// <summary>The text with each idiom ("push back on") read as the one word it means ("oppose").</summary>
    private static string WithIdiomsAsWords(string text) =>
        MayHoldIdiom(text) ? IdiomPattern.Replace(text, m => Vocabulary.Idioms[m.Value]) : text;

    /// <summary>Every idiom, longest first, as whole words.</summary>
    private static readonly Regex IdiomPattern = new(
        @"\b(" + string.Join('|', Vocabulary.Idioms.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Every idiom as letters to find, in any case.</summary>
    private static readonly SearchValues<string> IdiomTexts = SearchValues.Create([.. Vocabulary.Idioms.Keys], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the idiom pattern, a long alternation costly to run on every question, can match: most questions hold none
    /// of its letters, found at a glance. Text beyond ASCII goes to the pattern anyway, whose rules of case there are not
    /// those of a plain search (a Kelvin sign is a "k" to it).
    /// </summary>
    private static bool MayHoldIdiom(string text) => !Ascii.IsValid(text) || text.AsSpan().ContainsAny(IdiomTexts);
}
