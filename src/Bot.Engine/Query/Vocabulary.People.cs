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
}
