using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

internal static partial class AnswerChecks
{
    /// <summary>
    /// "who were the other candidates Jo Bloggs ran against?", "who wrote it besides Ann Lee?": asked for others than
    /// the one the question names, an answer naming only that one ("Ann Lee et al. wrote it") names none of them. The
    /// others must be of the same sort as the one set apart: people besides a person, anyone besides a state or body.
    /// </summary>
    private static bool NamesNoOther(Turn t, string answer)
    {
        if (t.Q.Tokens is not ["who", ..] || OthersAsked().Matches(t.Q.Words) is not [var first, ..] marks)
            return false;
        return NamesNoOtherBesides(t, answer, marks, first);
    }

    /// <summary>The rest of <see cref="NamesNoOther"/>, apart so that its lambdas are made only for questions asking "who else".</summary>
    private static bool NamesNoOtherBesides(Turn t, string answer, MatchCollection marks, Match first)
    {
        var other = marks.FirstOrDefault(m => m.Groups["besides"].Success) ?? first;
        // "besides Ann Lee": the one set apart is named after the word; "the other candidates" sets apart all the question names.
        var apart = other.Groups["besides"].Success ? t.Index.Linker.MentionedIn(t.Q.Words[(other.Index + other.Length)..], actorsOnly: true) : t.Q.Entities.ToHashSet();
        if (apart.Count == 0)
            return false;
        var asked = t.Index.Linker.MentionedIn(t.Q.Text);
        var others = t.Index.Linker.MentionedIn(answer, actorsOnly: true).Where(id => !t.Q.Entities.Contains(id) && !asked.Contains(id)).ToList();
        return apart.Any(t.IsPerson) ? !others.Any(t.IsPerson) : others.Count == 0;
    }

    /// <summary>Words asking for others than those named: "other", "else", "besides", "apart from", "other than", "except".</summary>
    [GeneratedRegex(@"\b(?:(?<besides>besides|apart from|aside from|other than|except(?: for)?)|other|others|else)\b")]
    private static partial Regex OthersAsked();
}
