using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>Assembles an answer's text within <see cref="Answer.MaxTextLength"/>, with the evidence of what it used.</summary>
internal sealed class AnswerBuilder
{
    /// <summary>
    /// The text while it is its first piece alone, as most answers stay: kept as given, to be answered as it is.
    /// </summary>
    private string _first = "";

    /// <summary>
    /// The text once a second piece joins the first, in a buffer grown as pieces come up to the longest answer: the text
    /// is searched and copied out in place instead of through a string made of it at every step. Most answers of several
    /// pieces ("The article doesn't say ..." and what it can tell instead) stay far shorter than the longest.
    /// </summary>
    private char[]? _text;
    private int _length;
    private readonly List<Evidence> _evidence = [];
    private readonly List<string> _suggestions = [];

    /// <summary>The content stems of what the answer says so far; made when first asked, as most answers never ask.</summary>
    private HashSet<string>? _said;
    private int _saidLength;

    public int Length => _text is null ? _first.Length : _length;

    private ReadOnlySpan<char> Text => _text is null ? _first : _text.AsSpan(0, _length);

    /// <summary>Two pieces sharing this much of the shorter one's content words say the same thing twice.</summary>
    public const double RepeatShare = 0.6;

    /// <summary>Whether a piece (given by its content stems) says again what the answer already says, in other words (either one mostly inside the other).</summary>
    public bool Repeats(IReadOnlySet<string> stems)
    {
        // Read lazily: most answers never ask.
        _said ??= new HashSet<string>(StringComparer.Ordinal);
        if (_saidLength < Length)
        {
            _said.UnionWith(Words.ContentStems(new string(Text[_saidLength..])));
            _saidLength = Length;
        }
        // Counted over the smaller of the two: the answer's words grow with it, a piece's are few.
        var shared = 0;
        if (stems.Count <= _said.Count)
        {
            foreach (var stem in stems)
                shared += _said.Contains(stem) ? 1 : 0;
        }
        else
        {
            foreach (var stem in _said)
                shared += stems.Contains(stem) ? 1 : 0;
        }
        var smaller = Math.Min(stems.Count, _said.Count);
        return smaller > 0 && shared >= RepeatShare * smaller;
    }

    /// <summary>The shortest piece left out for being in the answer already: shorter ones ("Yes.", a name) may rightly recur.</summary>
    private const int ShortestRepeatedSentence = 40;

    /// <summary>Appends a piece if it fits; the first piece is always kept (shortened if it must be).</summary>
    public bool Add(string piece, Evidence? evidence = null)
    {
        // A sentence the answer already quotes whole is not said twice, whichever two routes found it (a side's view
        // and the sentence found for the other side).
        if (piece.Length >= ShortestRepeatedSentence && Length >= piece.Length && Text.Contains(piece.AsSpan().Trim(), StringComparison.Ordinal))
            return true;
        var separator = Length == 0 || piece.StartsWith('\n') ? "" : " ";
        if (Length + separator.Length + piece.Length > Answer.MaxTextLength)
        {
            if (Length > 0)
                return false;
            piece = Shorten(piece, Answer.MaxTextLength);
        }
        if (Length == 0)
            _first = piece;
        else
            Append(separator, piece);
        if (evidence is not null && evidence.Paragraph > 0 && !_evidence.Contains(evidence))
            _evidence.Add(evidence);
        return true;
    }

    private void Append(string separator, string piece)
    {
        if (_text is null)
        {
            _text = new char[BufferFor(_first.Length + separator.Length + piece.Length)];
            _first.CopyTo(_text);
            _length = _first.Length;
        }
        else if (_length + separator.Length + piece.Length > _text.Length)
        {
            Array.Resize(ref _text, BufferFor(_length + separator.Length + piece.Length));
        }
        separator.CopyTo(_text.AsSpan(_length));
        _length += separator.Length;
        piece.CopyTo(_text.AsSpan(_length));
        _length += piece.Length;
    }

    /// <summary>The first buffer holds this many characters at least: a few short pieces then fit without growing it.</summary>
    private const int ShortestBuffer = 256;

    /// <summary>A buffer for this many characters, with room to grow into; never past the longest answer, which no text exceeds.</summary>
    private static int BufferFor(int length) => Math.Min(Answer.MaxTextLength, Math.Max(ShortestBuffer, 2 * length));

    /// <summary>Adds the evidence of a piece the answer holds within another (sentences quoted together).</summary>
    public void Cite(Evidence evidence)
    {
        if (evidence.Paragraph > 0 && !_evidence.Contains(evidence))
            _evidence.Add(evidence);
    }

    /// <summary>Whether a suggestion made now would still be kept.</summary>
    public bool TakesSuggestions => _suggestions.Count < MaxSuggestions;

    private const int MaxSuggestions = 3;

    public void Suggest(string question)
    {
        if (TakesSuggestions && !_suggestions.Contains(question, StringComparer.OrdinalIgnoreCase))
            _suggestions.Add(question);
    }

    public Answer Build(AnswerStatus status) => new(status, _text is null ? _first.Trim() : Text.Trim().ToString(), _evidence, _suggestions);

    /// <summary>The length each of so many pieces may take for all of them, with the spaces between, to fit one answer.</summary>
    public static int Share(int pieces) => (Answer.MaxTextLength - (pieces - 1)) / Math.Max(1, pieces);

    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':') + "…";
    }

    /// <summary>Two answers to the two parts of one message, each kept to half the length, evidence and suggestions merged.</summary>
    public static Answer Join(Answer first, Answer second)
    {
        var half = (Answer.MaxTextLength / 2) - 1;
        // Half an answer is not an answer: the message is answered only when both its questions are.
        // The first question is the main one: when the article doesn't answer it, the second only elaborates on nothing.
        var status = first.Status;
        return new Answer(status, Shorten(first.Text, half) + "\n" + Shorten(second.Text, half),
            [.. first.Evidence.Concat(second.Evidence).Distinct()], [.. second.Suggestions.Concat(first.Suggestions).Distinct().Take(MaxSuggestions)]);
    }
}
