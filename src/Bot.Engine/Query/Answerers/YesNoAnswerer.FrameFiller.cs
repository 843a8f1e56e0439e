using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Yes/no claims that say what something is made of, rests on or came from ("was the crowd made up of dockers?", "was
/// the survey built on leaked files?"): a sentence telling the same of the claim's subject with other things in that
/// place ("a crowd of about 60 nurses and cooks", "the survey is based on the census office's registers") answers no.
/// </summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// The sentence that fills the claim's frame otherwise, as a "no"; null when the claim has no frame, adds to what is so
    /// ("also made up of ..."), denies it itself, or no sentence tells the same frame of its subject with other things.
    /// A yes is not judged so: what fills the frame may be the claim's in other words ("the capital's files" of "the
    /// ministry's database").
    /// </summary>
    private static Reply? OtherFiller(Turn t)
    {
        var q = t.Q;
        if (q.NegationStems.Count > 0 || q.Tokens.Any(Vocabulary.AddingWords.Contains))
            return null;
        var claim = string.Join(' ', q.Tokens);
        if (FramePhrase.Match(claim) is not { Success: true } frame)
            return null;
        var kind = Vocabulary.FramePhrases[frame.Value];
        var subject = Words.ContentStems(claim[..frame.Index]).Distinct(StringComparer.Ordinal).ToList();
        var filler = Words.ContentStems(FillerEnd.Split(claim[(frame.Index + frame.Length)..])[0]).ToList();
        if (subject.Count == 0 || filler.Count == 0)
            return null;
        foreach (var sentence in t.Index.Sentences)
        {
            if (SaysAny(t.Index, sentence.Stems, subject) && FilledOtherwise(t.Index, kind, subject, filler, sentence.Sentence.Text))
                return SentenceReply("No. The article says", sentence);
        }
        return null;
    }

    /// <summary>
    /// Whether the text tells a frame of the claim's kind of the claim's subject, and fills it with none of the claim's
    /// words: the words right after the frame, up to the end of their phrase ("the census office's registers"), say none of
    /// them, and the rest of the text says fewer than half of them (", as well as leaked files" is the claim's own). What something is made of is
    /// also told by a count after it ("a crowd of about 60 nurses"), where the counted word names the claim's subject.
    /// </summary>
    private static bool FilledOtherwise(KnowledgeIndex index, FrameKind kind, List<string> subject, List<string> filler, string text)
    {
        var lower = Text.TextNormalizer.Clean(text).ToLowerInvariant();
        foreach (Match m in FramePhrase.Matches(lower))
        {
            if (Vocabulary.FramePhrases[m.Value] == kind && SaysAny(index, [.. Words.Stems(lower[..m.Index])], subject)
                && OtherThings(index, filler, lower[(m.Index + m.Length)..]))
                return true;
        }
        return kind == FrameKind.Makeup && CountOf().Matches(lower).Any(m => subject.Contains(Text.Stemmer.Stem(m.Groups[1].Value))
            && OtherThings(index, filler, lower[(m.Index + m.Length)..]));
    }

    /// <summary>Whether the words after a frame name things, none of them the claim's (see <see cref="FilledOtherwise"/>).</summary>
    private static bool OtherThings(KnowledgeIndex index, List<string> filler, string after)
    {
        var phrase = Words.ContentStems(PhraseEnd.Split(after)[0]).ToList();
        var rest = Words.Stems(after);
        return phrase.Count > 0 && !filler.Any(w => index.CoversLoosely(phrase, w)) && 2 * filler.Count(w => index.CoversLoosely(rest, w)) < filler.Count;
    }

    private static readonly Regex FramePhrase = new(@"\b(" + string.Join('|', Vocabulary.FramePhrases.Keys.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);

    /// <summary>Words that end what a claim's frame is filled with: a place, a time or a reason after it says something else.</summary>
    private static readonly Regex FillerEnd = new(@"\b(in|on|at|during|from|to|for|with|by|since|after|before|outside|inside|when|while|that|which|who|because)\b", RegexOptions.CultureInvariant);

    /// <summary>Where the phrase after a sentence's frame ends: a stop, a dash or bracket, a clause about it, or "as well as".</summary>
    private static readonly Regex PhraseEnd = new(@"[,;:.!?()\u2014\u2013]| - |\b(that|which|who|whose|where|as well as)\b", RegexOptions.CultureInvariant);

    /// <summary>"a chain of about 150": a word, "of", perhaps a bound, and a number, which counts what the word is made of.</summary>
    [GeneratedRegex(@"\b([a-z]+) of (?:about |some |around |roughly |nearly |almost |more than |over |at least |up to )?\d[\d,]*\b")]
    private static partial Regex CountOf();
}
