using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Checks of a claim that names an office by its field ("the foreign minister").</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "did they impeach the foreign minister?" of "they impeached the finance minister": the claim puts one word before
    /// an office, the text puts another before the same office and never says the claim's, so the text speaks of
    /// another office holder and gainsays the claim.
    /// </summary>
    public static bool OtherOffice(Turn t, string text)
    {
        var claim = t.Q.Tokens;
        IReadOnlyList<string>? words = null;
        HashSet<string>? said = null;
        for (var i = 1; i < claim.Count; i++)
        {
            var office = Text.Stemmer.Stem(claim[i]);
            var field = claim[i - 1];
            if (!AnswerChecks.IsOfficeTitle(office) || Vocabulary.Stopwords.Contains(field) || !field.AllChars(char.IsLetter)
                || InName(t.Q.Mentions, i - 1))
                continue;
            words ??= Text.Tokenizer.Tokens(text);
            said ??= [.. words.Select(Text.Stemmer.Stem)];
            // The office itself does not say its field, though a general synonym ties "foreign" to "minister".
            var fieldStem = Text.Stemmer.Stem(field);
            if (t.Index.Covers(StemsBut(said, office), fieldStem))
                continue;
            if (GivesOfficeOfField(words, office))
                return true;
        }
        return false;
    }

    // Apart from OtherOffice, whose lambdas over the office would otherwise be made for every word of the claim of every fact checked.
    private static List<string> StemsBut(HashSet<string> stems, string office) => stems.Where(w => w != office).ToList();

    /// <summary>Whether the words give the office after a word saying its field ("defence minister"). A loop, as every fact checked asks it.</summary>
    private static bool GivesOfficeOfField(IReadOnlyList<string> words, string office)
    {
        for (var j = 1; j < words.Count; j++)
        {
            if (Text.Stemmer.Stem(words[j]) == office && !Vocabulary.Stopwords.Contains(words[j - 1]) && words[j - 1].AllChars(char.IsLetter))
                return true;
        }
        return false;
    }

    /// <summary>Whether the word at <paramref name="at"/> is part of a linked name (no pronoun); a loop, as every fact checked asks it.</summary>
    private static bool InName(IReadOnlyList<Mention> mentions, int at)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is { Pronoun: null } m && at >= m.Start && at < m.Start + m.Length)
                return true;
        }
        return false;
    }
}
