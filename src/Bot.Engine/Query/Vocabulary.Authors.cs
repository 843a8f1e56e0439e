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
    }.Select(Text.Stemmer.Stem)];
}
