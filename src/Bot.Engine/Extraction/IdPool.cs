using System.Globalization;
using System.Text;

namespace Bot.Engine.Extraction;

/// <summary>Hands out lowercase-kebab ids made from names, unique across the whole annotation.</summary>
internal sealed class IdPool
{
    private const int MaxWords = 6;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Make(string text, string fallback = "item")
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
                continue;
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }
            Flush();
        }
        Flush();
        var id = words.Count == 0 ? fallback : string.Join('-', words.Take(MaxWords));
        var unique = id;
        for (var n = 2; !_used.Add(unique); n++)
            unique = $"{id}-{n}";
        return unique;

        void Flush()
        {
            if (sb.Length > 0)
                words.Add(sb.ToString());
            sb.Clear();
        }
    }
}
