using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    private static int RolePhraseStart(Line line, int roleNoun)
    {
        var w = line.Words;
        var start = roleNoun;
        // "among them actor X", "adds rector X": an object pronoun or a quotation's tag verb is no part of the role.
        while (start > 0 && roleNoun - start < 5 && NoGap(line, start - 1, start) && !NewsWords.IsFunctionWord(w[start - 1].Text) && !w[start - 1].Text.All(char.IsDigit)
            && !ObjectPronouns.Contains(w[start - 1].Text) && !Verbs.IsReporting(w[start - 1].Text) && !QuoteTags.IsTagVerb(w[start - 1].Text))
            start--;
        if (start > 0 && w[start - 1].Possessive && line.Text[w[start - 1].FullEnd..w[start].Start].Trim().Length == 0)
            start--;
        return start;
    }

    /// <summary>"a local baker named Jo Roe": the first word of the description "named" or "called" closes, after its article.</summary>
    private static int? NamedRole(Line line, int nameStart)
    {
        var w = line.Words;
        var by = nameStart - 1;
        if (by < 1 || w[by].Text is not ("named" or "called"))
            return null;
        for (var i = by - 1; i >= 0 && by - i <= MaxNamedRoleWords + 1; i--)
        {
            if (w[i].Lower is "a" or "an" or "the")
                return i + 1 < by ? i + 1 : null;
            if (w[i].IsCapitalized || NewsWords.IsFunctionWord(w[i].Text) || !NoGap(line, i, i + 1))
                return null;
        }
        return null;
    }

    private const int MaxNamedRoleWords = 4;

    /// <summary>", the head of X," or ", a spokesman for X," right after a name: the role and where the appositive ends.</summary>
    private static (string Role, int End)? Appositive(string text, int nameEnd)
    {
        if (PictureNote().Match(text, nameEnd) is { Success: true } note)
            nameEnd = note.Index + note.Length;
        var match = AppositivePattern().Match(text, nameEnd);
        if (!match.Success || match.Index != nameEnd)
            return null;
        var body = match.Groups["body"].Value;
        // "X, speaker of the Duma (parliament) was in Y": with no comma to close it, the appositive ends before the
        // sentence's own verb.
        if (!match.Value.EndsWith(',') && ClauseVerb().Match(body) is { Success: true, Index: > 0 } verb)
            body = body[..verb.Index];
        var firstWords = body.Split(' ', 4);
        var owned = OwnedRole().IsMatch(body);
        // "a welder at X", "Peru's trade commissioner": an agent noun heads a role the list of role nouns may lack.
        if (!firstWords.Take(3).Any(NewsWords.RoleNouns.Contains) && !((ArticleWord().IsMatch(body) || owned) && AgentHead(body)))
            return null;
        // With no article the appositive is a bare role ("rector of X") or one a possessive owns ("Peru's envoy"), not
        // the next name ("Y Avenue, teacher Z").
        if (!ArticleWord().IsMatch(body) && !BareRole().IsMatch(body) && !owned)
            return null;
        // "formerly a general in X": the role keeps that it is past.
        var role = ArticleWord().Replace(body.Trim(), m => m.Groups["past"].Success ? m.Value : "");
        var end = match.Groups["body"].Index + body.Length;
        // "the head of Sako, Peru's anti-fraud office,": a second aside glossing the body the role names is part of it.
        if (EndsOnBody().IsMatch(role) && OwnedGloss().Match(text, end) is { Success: true } gloss)
            return ($"{role}, {gloss.Groups["gloss"].Value}", gloss.Groups["gloss"].Index + gloss.Groups["gloss"].Length);
        return (role, end);
    }

    /// <summary>A role ending on the one word naming what it serves ("head of Sako", "director at Ptk").</summary>
    [GeneratedRegex(@"\b(?:of|at|for) \p{L}[\p{L}-]*$")]
    private static partial Regex EndsOnBody();

    /// <summary>", Peru's anti-fraud office," right after a role: an owner's possessive, then a few words and no verb-like clause break.</summary>
    [GeneratedRegex(@"\G,\s+(?<gloss>\p{Lu}[\p{L}.-]*['\u2019]s (?:\p{Ll}[\p{L}-]*['\u2019]?s? ?){1,5}?(?:office|agency|bureau|service|ministry|committee|commission|court|council|authority|watchdog|regulator|body|institute|party|union|company|bank|fund|department))(?=,|\.?$)")]
    private static partial Regex OwnedGloss();

    /// <summary>
    /// "a welder at", "Peru's trade commissioner": the phrase after the article or owner ends, before a preposition or
    /// relative, on a noun of one who does something.
    /// </summary>
    private static bool AgentHead(string body)
    {
        var head = body.Split(' ').Skip(1).Take(4).TakeWhile(w => !NewsWords.IsFunctionWord(w)).LastOrDefault()?.TrimEnd('.');
        return head is not null && AgentNoun().IsMatch(head) && !NotAgents.Contains(head);
    }

    /// <summary>Nouns with an agent's ending that name no one.</summary>
    private static readonly HashSet<string> NotAgents = new(StringComparer.Ordinal)
    {
        "number", "matter", "order", "border", "quarter", "corridor", "sector", "factor", "center", "centre", "chapter", "paper",
        "power", "water", "error", "interior", "river", "tower", "winter", "summer", "letter", "cluster", "register", "theater", "theatre",
    };

    private static int? RoleBeforeComma(Line line, int firstWord)
    {
        var text = line.Text;
        var start = line.Words[firstWord].Start;
        var comma = FindCommaBefore(text, start);
        if (comma < 0)
            return null;
        var segmentStart = Math.Max(ClauseMarks.PreviousComma(text, Math.Max(comma - 1, 0)) + 1, 0);
        // "That is the view of one of the town's best-known fishermen, X": the role is the "one of" phrase.
        var oneOf = text.LastIndexOf("one of ", comma, comma - segmentStart, StringComparison.Ordinal);
        if (oneOf > segmentStart && !char.IsLetter(text[oneOf - 1]))
            segmentStart = oneOf;
        segmentStart = NounPhraseStart(text, segmentStart, comma);
        var segment = text[segmentStart..comma];
        if (OwnedTitle.Match(segment) is { Success: true } owned)
            return segmentStart + owned.Index;
        if (segment.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 0 or > 8 } || !HasRoleNoun(segment))
            return null;
        return segmentStart + (segment.Length - segment.TrimStart().Length);
    }

    /// <summary>
    /// "Ruritania's Energy Minister, Jo Roe,": a title its state or body owns, capitalised as a title is, right before the
    /// comma; the words before the owner ("On Friday") are no part of the role.
    /// </summary>
    private static readonly Regex OwnedTitle = new(
        @"(?<![\p{L}'’-])\p{Lu}[\p{L}.-]*['’]s (?:\p{Lu}[\p{L}-]* ){0,3}(?:" + string.Join('|', NewsWords.Titles.Select(Regex.Escape)) + @")$",
        RegexOptions.CultureInvariant);

    private static bool HasRoleNoun(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => NewsWords.RoleNouns.Contains(word.TrimEnd('\'', 's')) && char.IsLower(word[0]));

    /// <summary>
    /// "They point to the ruling party's billionaire founder, X": the role starts at the last article or owner that
    /// still holds the role noun, not at the sentence's start; "head of the union" and "one of the" stay whole.
    /// </summary>
    private static int NounPhraseStart(string text, int segmentStart, int comma) =>
        Determiner().Matches(text[..comma], segmentStart).Select(m => m.Index)
            .LastOrDefault(at => !OfBefore().IsMatch(text[segmentStart..at]) && HasRoleNoun(text[at..comma]), segmentStart);

    [GeneratedRegex(@"(?:^|\s)of\s*$")]
    private static partial Regex OfBefore();

    /// <summary>"the ruling party's billionaire founder" reads as "billionaire founder of the ruling party", so the role names its holder's office first.</summary>
    private static string OwnerLast(string role) =>
        OwnedByCommonNoun().Match(role) is { Success: true } match ? $"{match.Groups["role"].Value} of the {match.Groups["owner"].Value}" : role;

    [GeneratedRegex(@"(?<![\p{L}'’-])(?:the|its|his|her|their|a|an)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"^[Tt]he (?<owner>\p{Ll}[\p{Ll} -]*?)['’]s (?<role>\p{Ll}.*)$")]
    private static partial Regex OwnedByCommonNoun();

    private static int FindCommaBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        return i >= 0 && text[i] == ',' ? i : -1;
    }

    /// <summary>A finite verb after a role set off by a comma only before it: "was", "has", "said".</summary>
    [GeneratedRegex(@"\s(?=(?:is|was|are|were|has|had|have|will|would|said|says|told|tells)\s)")]
    private static partial Regex ClauseVerb();

    /// <summary>", the head of X," or ", rector of X." closing the sentence; the role noun check keeps lists of names out.</summary>
    [GeneratedRegex(@",\s+(?<body>(?:(?:(?:formerly|previously)\s+)?(?:the|a|an|who is|who was)\s+)?(?:[^,;""\u201C\u201D]|" + ClauseMarks.ThousandsComma + @")+?)(?:,(?!\d)|\.?$)")]
    private static partial Regex AppositivePattern();

    /// <summary>"Peru's trade commissioner": a role its country or body owns.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.-]*['’]s (?:\p{Lu}[\p{L}-]* ){0,2}\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}$")]
    private static partial Regex OwnedRole();

    /// <summary>A lower-case noun of one who does something ("welder", "commissioner", "cyclist", "librarian").</summary>
    [GeneratedRegex(@"^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ian)$")]
    private static partial Regex AgentNoun();

    [GeneratedRegex(@"^(?:(?<past>formerly|previously)\s+)?(?:the|a|an|who is|who was)\s+")]
    private static partial Regex ArticleWord();

    /// <summary>" (pictured)", " (left)": a note pointing at a photo, which may stand between a name and its appositive.</summary>
    [GeneratedRegex(@"\G\s*\((?:pictured|left|right|centre|center|above|below)\)")]
    private static partial Regex PictureNote();

    [GeneratedRegex(@"^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}(?: (?:of|at|for|in|with|to) .+)?$")]
    private static partial Regex BareRole();

    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "them", "us", "him", "me", "you" };
}
