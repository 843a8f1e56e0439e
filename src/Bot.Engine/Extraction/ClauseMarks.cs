namespace Bot.Engine.Extraction;

/// <summary>
/// Finds the marks that end a clause (commas, semicolons, brackets, dashes). A comma between digits ("1,500 troops")
/// groups a number's thousands and ends nothing, so every search for a clause's edge skips it.
/// </summary>
internal static class ClauseMarks
{
    /// <summary>The first of <paramref name="marks"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int Next(string text, char[] marks, int from)
    {
        for (var at = text.IndexOfAny(marks, from); at >= 0; at = text.IndexOfAny(marks, at + 1))
        {
            if (!IsThousands(text, at))
                return at;
        }
        return -1;
    }

    /// <summary>The last of <paramref name="marks"/> at or before <paramref name="from"/>, or -1.</summary>
    public static int Previous(string text, char[] marks, int from)
    {
        for (var at = text.LastIndexOfAny(marks, from); at >= 0; at = at == 0 ? -1 : text.LastIndexOfAny(marks, at - 1))
        {
            if (!IsThousands(text, at))
                return at;
        }
        return -1;
    }

    public static int NextComma(string text, int from) => Next(text, Comma, from);

    public static int PreviousComma(string text, int from) => Previous(text, Comma, from);

    /// <summary>"1,500": a comma with a digit on each side.</summary>
    public static bool IsThousands(string text, int at) =>
        text[at] == ',' && at > 0 && at + 1 < text.Length && char.IsDigit(text[at - 1]) && char.IsDigit(text[at + 1]);

    /// <summary>For patterns: a comma inside a number, which a clause may hold.</summary>
    public const string ThousandsComma = @"(?<=\d),(?=\d)";

    private static readonly char[] Comma = [','];
}
