namespace Bot.Engine.Extraction;

/// <summary>Names the words around them mark as a body's, however much they look like a person's.</summary>
internal sealed partial class ActorFinder
{
    /// <summary>
    /// "analyst at the charity “Come Home Safe”", "Mr Roe's party, Civic Pact,", "its mining arm, Delta Hawk": a name set
    /// right after a lower-case noun for a body (past a comma or an opening quotation mark) is that body's name; added
    /// as an organisation, never a person.
    /// </summary>
    private bool TryBodyAfterNoun(Line line, NameRun run)
    {
        var w = line.Words;
        if (run.First == 0 || w[run.First - 1] is not { Possessive: false } noun || !BodyNounsBeforeNames.Contains(noun.Text)
            || (char.IsUpper(noun.Text[0]) && !NameRuns.IsAcronym(noun.Text)))
            return false;
        var gap = line.Text[noun.End..w[run.First].Start].Trim();
        if (gap.Length > 1 || (gap.Length == 1 && gap[0] is not (',' or '“' or '"' or '‘')))
            return false;
        // "the head of the union, Jo Roe,": past a comma, the name may be of one who leads or speaks for the body.
        if (gap == "," && w.Take(run.First - 1).TakeLast(SpeakerForReach).Any(x => x.Text is "for" or "of" or "at"))
            return false;
        var name = line.Text[w[run.First].Start..w[run.Last].End];
        Add(name, Model.ActorKind.Organisation, line, Quotes.Around(line.Text, w[run.First].Start, w[run.Last].End));
        return true;
    }

    /// <summary>How many words before a body's noun a "for", "of" or "at" may stand ("the spokesman for the ruling party").</summary>
    private const int SpeakerForReach = 4;

    /// <summary>"the “Steel Eagle” battalion", "the “Iron Gate” plan": a run opened by a quotation mark is a title or a nickname, no person's name.</summary>
    private static bool OpensWithQuote(Line line, NameRun run)
    {
        var start = line.Words[run.First].Start;
        return start > 0 && line.Text[start - 1] is '“' or '"' or '‘';
    }

    /// <summary>Lower-case nouns for a body that its name may follow ("the outlet Meduza", "the NGO “Safe Home”", "the firm, Alder Rail").</summary>
    private static readonly HashSet<string> BodyNounsBeforeNames =
        new(NewsWords.OrganisationNouns.Concat(NewsWords.BodyNounsNamingAfter), StringComparer.OrdinalIgnoreCase);
}
