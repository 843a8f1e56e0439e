using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>The words for kinds of person, office and body that "which X" and "who" questions ask for.</summary>
internal static partial class AnswerChecks
{
    private static readonly HashSet<string> PersonKinds = Vocabulary.Stems(
        "official", "officials", "minister", "ministers", "leader", "leaders", "person", "people", "politician", "diplomat", "expert",
        "analyst", "journalist", "president", "spokesman", "spokeswoman", "general", "commander", "extremist", "activist", "man", "woman",
        "mayor", "governor", "chairman", "chair", "ambassador", "envoy", "secretary", "spokesperson", "speaker", "founder", "director",
        "representative", "sailor", "soldier", "officer", "lawmaker", "mp", "husband", "wife", "son", "daughter", "father", "mother",
        "editor", "correspondent", "judge", "prosecutor", "lawyer", "king", "queen", "emperor", "prince");

    /// <summary>
    /// Words for those who lead a state or body ("which heads of state", "which premiers"): asked which ones, a person
    /// named answers, though the sentence calls them by another word ("politicians ... such as President Jo Bloggs").
    /// Only there: elsewhere "heads of state" may name a meeting ("the Heads of State summit"), not a person asked for.
    /// </summary>
    private static readonly HashSet<string> LeaderKinds = Vocabulary.Stems(
        "head", "chief", "premier", "chancellor", "monarch", "ruler", "dictator", "statesman", "dignitary");

    /// <summary>Offices a person holds by title: asked with a modifier ("defense minister"), the role must name the office itself.</summary>
    private static readonly HashSet<string> TitleKinds = Vocabulary.Stems(
        "minister", "president", "ambassador", "mayor", "governor", "chairman", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy",
        "general", "commander", "speaker", "director");

    /// <summary>
    /// "which opposition figure", "which IRGC figures": people asked for by a word that elsewhere counts ("the casualty
    /// figure"), so it is a kind of person only where a name is asked, never where the question only mentions it.
    /// </summary>
    private static readonly HashSet<string> NamedPersonKinds = Vocabulary.Stems("figure", "figures");

    private static readonly HashSet<string> BodyKinds = Vocabulary.Stems(
        "company", "companies", "firm", "firms", "consortium", "organisation", "organization", "agency", "bank", "institute",
        "group", "groups", "faction", "factions", "party", "parties", "movement", "movements");

    /// <summary>
    /// Kinds of body a group of people may be ("which faction?" of "the hardliners"); a party, firm or bank is not one of
    /// "the opposition leaders" unless the group is called so.
    /// </summary>
    private static readonly HashSet<string> PeopleBodyKinds = Vocabulary.Stems("group", "groups", "faction", "factions", "movement", "movements");

    /// <summary>Whether the stem names a kind of person, body or state ("officials", "companies", "countries").</summary>
    public static bool IsActorKind(string stem) => IsTitleOrBody(stem) || EntityKinds.EntityWords.Contains(stem);

    /// <summary>Whether the stem names a kind of body or state, what "it" may stand for ("company", "group", "country"); not a person.</summary>
    public static bool IsBodyOrStateKind(string stem) => BodyKinds.Contains(stem) || EntityKinds.BodyWords.Contains(stem) || EntityKinds.StateWords.Contains(stem);

    /// <summary>Whether the stem names a kind of person by title, trade or kinship ("minister", "husband").</summary>
    public static bool IsPersonKind(string stem) => PersonKinds.Contains(stem) || LeaderKinds.Contains(stem);

    /// <summary>
    /// Whether the stem names a role held by one described doer ("official", "lawyer"), not an office known by its title
    /// ("minister", "head") nor a person in general ("man", "people").
    /// </summary>
    public static bool IsDescribedRole(string stem) =>
        PersonKinds.Contains(stem) && !TitleKinds.Contains(stem) && !LeaderKinds.Contains(stem) && !GeneralPersonKinds.Contains(stem);

    private static readonly HashSet<string> GeneralPersonKinds = Vocabulary.Stems("man", "woman", "person", "people");

    /// <summary>Whether the stem names an office known by its title ("minister", "ambassador").</summary>
    public static bool IsOfficeTitle(string stem) => TitleKinds.Contains(stem);

    /// <summary>Whether the stem names a kind of person by title or trade, or a kind of body ("minister", "firm"); not "player".</summary>
    public static bool IsTitleOrBody(string stem) => PersonKinds.Contains(stem) || BodyKinds.Contains(stem);
}
