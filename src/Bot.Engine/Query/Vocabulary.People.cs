namespace Bot.Engine.Query;

internal static partial class Vocabulary
{
    /// <summary>
    /// Words asking for a writer's own details ("what is the author's job?", "where is the writer based?"): only a note
    /// on the author answers them, never a sentence the author wrote about others.
    /// </summary>
    public static readonly HashSet<string> AuthorDetailStems = [.. new[]
    {
        "job", "work", "works", "worked", "affiliation", "affiliated", "institution", "institutional", "employer", "employed",
        "profession", "occupation", "career", "background", "based", "credentials", "expertise", "qualifications", "bio",
        "biography", "experience", "nationality", "university", "educated", "age", "old", "live", "lives", "from",
        // "what degree is the author pursuing?", "where is he studying?", "his specialty": a note on a scholar says them.
        "academic", "degree", "pursuing", "studying", "studies", "student", "specialty", "speciality", "specialism", "doctorate",
    }.Select(Text.Stemmer.Stem)];

    /// <summary>
    /// Words asking what a person is ("what is his job?", "Roe, what's her title?"): who they are in the article, their
    /// role, answers them, not a sentence holding the word.
    /// </summary>
    public static readonly HashSet<string> RoleStems = [.. new[]
    {
        "job", "title", "role", "occupation", "profession", "office", "post", "rank", "function", "capacity",
    }.Select(Text.Stemmer.Stem)];

    /// <summary>
    /// Verbs that only tie a person to an office ("what office did he hold?", "which post does she occupy?"): beside a
    /// word of <see cref="RoleStems"/> they ask who the person is, not for a sentence saying "hold".
    /// </summary>
    /// <summary>Heads of an office a reader calls its holder by in place of the article's ("the navy chief" of its commander).</summary>
    public static readonly HashSet<string> LeaderTitles = new(StringComparer.Ordinal) { "chief", "head", "commander", "director", "boss", "leader" };

    public static readonly HashSet<string> HoldingOfficeStems = Stems("hold", "holds", "held", "occupy", "occupies", "occupied", "fill", "fills", "filled");

    /// <summary>
    /// Words asking when an office was held ("and in which decade?"): a role is given with its time ("a prime minister in
    /// the 1990s"), so who the person is answers them too.
    /// </summary>
    public static readonly HashSet<string> TenureStems = Stems("decade", "decades", "year", "years", "era", "period");

    /// <summary>
    /// Whether the question asks what office a person holds: a word of <see cref="RoleStems"/> ("post" is also a stopword,
    /// so it is looked for among the words typed) with nothing else asked but the holding and when.
    /// </summary>
    public static bool AsksOffice(IReadOnlyList<string> tokens, IReadOnlyList<string> residual) =>
        tokens.Any(w => RoleStems.Contains(Text.Stemmer.Stem(w)))
        && residual.All(w => RoleStems.Contains(w) || HoldingOfficeStems.Contains(w) || TenureStems.Contains(w));
}
