using System.Text.RegularExpressions;

namespace Bot.Engine.Loading;

/// <summary>
/// A byline line and the authors it names. One line may also name the outlet and the date, set apart by "|", "·",
/// "•", " - " or " — " in any order ("By Jo Roe | The Harbour Times | May 2, 2025"), or by commas after the names
/// ("By Jo Roe, Harbour correspondent, The Harbour Times, May 2025"): the part that opens with "By" names the authors.
/// "Jo Roe and Al Poe", "A, B and C" and "A &amp; B" are several people.
/// </summary>
public static partial class Bylines
{
    private const int MaxAuthorLength = 120;
    private const int MaxLineLength = 240;
    private const int MaxNameWords = 4;

    public static IReadOnlyList<string> Names(string byline) =>
        Separator().Split(byline).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();

    /// <summary>The authors a byline line names ("Jo Roe and Al Poe"), or null when the line is no byline.</summary>
    public static string? Author(string line)
    {
        if (line.Length >= MaxLineLength)
            return null;
        var by = Parts(line).FirstOrDefault(p => AuthorPart().IsMatch(p));
        return by is null || by.Length >= MaxAuthorLength ? null : string.Join(", ", Split(by).Names);
    }

    /// <summary>What a byline line names beside its authors (their role, the outlet, the date), in the order written.</summary>
    public static IReadOnlyList<string> Others(string line) =>
        Parts(line).SelectMany(p => AuthorPart().IsMatch(p) ? Split(p).Others : [p]).ToList();

    /// <summary>
    /// A line naming no author but what a byline says beside one: "The Harbour Times | May 2, 2025", "Reuters · 3 June
    /// 2025". Short parts, one of them a date with its year: an unsigned piece's byline, not its first paragraph.
    /// </summary>
    public static bool IsUnsigned(string line)
    {
        if (line.Length >= MaxLineLength)
            return false;
        var parts = Parts(line);
        return parts.Count >= 2 && !parts.Any(p => AuthorPart().IsMatch(p)) && parts.Any(p => DatePart().IsMatch(p))
            && parts.All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxUnsignedPartWords && !p.EndsWith('.'));
    }

    /// <summary>How many words a part of an unsigned byline may have ("The Harbour Times (Coast section)").</summary>
    private const int MaxUnsignedPartWords = 8;

    private static List<string> Parts(string line) =>
        PartSeparator().Split(line.TrimStart('•', '*', '-', ' ', '\t')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    /// <summary>
    /// "By Jo Roe, Al Poe and Bo Doe, Harbour correspondent, BBC News, May 2025": the names run until the first
    /// comma-separated part that is no list of people's names.
    /// </summary>
    private static (List<string> Names, List<string> Others) Split(string byPart)
    {
        var segments = Comma().Split(byPart[2..].Trim()).Where(s => s.Length > 0).ToList();
        var names = 1;
        while (names < segments.Count && IsNameList(segments[names]))
            names++;
        return (segments[..names], segments[names..]);
    }

    private static bool IsNameList(string segment) =>
        segment.StartsWith("et al", StringComparison.OrdinalIgnoreCase) || Names(segment).All(IsPersonName);

    /// <summary>"Jo Roe", "Ana de la Cruz"; not "BBC News", "The Times", "Senior Correspondent" nor "May 2025".</summary>
    private static bool IsPersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxNameWords && !words[0].Equals("The", StringComparison.Ordinal)
            && words.All(w => NameWord().IsMatch(w) || Particle().IsMatch(w)) && !words.Any(w => NotName().IsMatch(w));
    }

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*,\s*(?:and\s+(?=\p{Lu}))?")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\s*[|·•]\s*|\s+[-–—]\s+")]
    private static partial Regex PartSeparator();

    /// <summary>A month's name and a year: "May 2, 2025", "3 June 2025", "November 20th 2025".</summary>
    [GeneratedRegex(@"^(?:[0-9]{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?: [0-9]{1,2}(?:st|nd|rd|th)?,?)? (?:19|20)[0-9]{2}\b")]
    private static partial Regex DatePart();

    /// <summary>"By Jo Roe", not a sentence that opens with "By the end of 2022".</summary>
    [GeneratedRegex(@"^[Bb][Yy]\s+\p{Lu}")]
    private static partial Regex AuthorPart();

    /// <summary>A capitalised name word with no second capital run ("Roe", "O'Neil", "Lund-Berg"; not "BBC").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’.-]*(?:[-'’]\p{Lu}\p{Ll}[\p{Ll}'’.-]*)*\.?$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|ibn|al)$")]
    private static partial Regex Particle();

    /// <summary>Words of a newsroom title, outlet or month that capitalised byline parts carry in place of a name.</summary>
    [GeneratedRegex(@"^(?:News|Times|Post|Press|Journal|Herald|Tribune|Gazette|Review|Daily|Weekly|Magazine|Media|Agency|Service|Desk|Bureau|Staff|Team|Correspondent|Editor|Reporter|Writer|Contributor|Columnist|Producer|Senior|Chief|Political|Foreign|International|January|February|March|April|June|July|August|September|October|November|December)$")]
    private static partial Regex NotName();
}
