using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Words the articles write as two ("counter attacks", "stock piles") that a question may write as one.</summary>
internal sealed partial class KnowledgeIndex
{
    /// <summary>The shortest part of a compound: shorter ones ("co", "re") are prefixes more often than words.</summary>
    private const int MinCompoundPart = 3;

    private readonly Dictionary<string, (string First, string Second)> _openCompounds = new(StringComparer.Ordinal);

    /// <summary>The two words the articles write for a word typed as one, by its stem: "counterattack" → "counter", "attacks".</summary>
    public (string First, string Second)? OpenCompound(string stem) => _openCompounds.TryGetValue(stem, out var pair) ? pair : null;

    private void AddOpenCompounds(ArticleModel model)
    {
        foreach (var sentence in model.Article.Sentences)
        {
            var tokens = Tokenizer.Tokens(sentence.Text);
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (IsCompoundPart(tokens[i]) && IsCompoundPart(tokens[i + 1]))
                    _openCompounds.TryAdd(Stemmer.Stem(tokens[i] + tokens[i + 1]), (tokens[i], tokens[i + 1]));
            }
        }
    }

    private static bool IsCompoundPart(string token) =>
        token.Length >= MinCompoundPart && !Vocabulary.Stopwords.Contains(token) && token.AllChars(char.IsAsciiLetterLower);
}
