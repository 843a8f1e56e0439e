namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// A question taken apart, immutable: what it asks, whom it names, and the other words that matter.
/// The parser fills in what the words alone say; the context resolver returns a copy with what the
/// conversation settles (pronouns, "and X?", "why?").
/// </summary>
internal sealed record ParsedQuestion
{
    /// <summary>The question as typed, cleaned (markup and invisible characters gone), punctuation kept.</summary>
    public string Text { get; init; } = "";

    public required string Words { get; init; }
    public required IReadOnlyList<string> Tokens { get; init; }
    public Intent Intent { get; init; }

    /// <summary>The question starts like a follow-up ("and the mayor?") and asks nothing in words of its own: its intent may come from the previous question.</summary>
    public bool FollowUpShape { get; init; }

    /// <summary>Names, pronouns and ambiguous first names in the order the question uses them.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Entities named or pointed at, in the order they appear.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Stems of the content words that are not names, dates or question words.</summary>
    public IReadOnlyList<string> Residual { get; init; } = [];

    /// <summary>Content words no loaded article uses, as typed.</summary>
    public IReadOnlyList<string> Foreign { get; init; } = [];

    /// <summary>The stems of <see cref="Foreign"/>.</summary>
    public IReadOnlyList<string> ForeignStems { get; init; } = [];

    /// <summary>Foreign words that are names (capitalised mid-question, or a country or people of the world): never phrasing.</summary>
    public IReadOnlyList<string> ForeignNames { get; init; } = [];

    /// <summary>"does the article say X?", "is it true that X?": whether the article says it is asked, so its silence is a "no".</summary>
    public bool AboutArticle { get; init; }

    /// <summary>"does the article mention X?", "does the piece name X?": the verb, when the article is asked only whether it speaks of X.</summary>
    public string? MentionVerb { get; init; }

    /// <summary>"what word does the author use for X?": the article's own wording is asked, not what it means.</summary>
    public bool AsksWording { get; init; }

    /// <summary>"which historical comparisons does the author draw?": what the article likens something to is asked.</summary>
    public bool AsksLikening { get; init; }

    /// <summary>
    /// Stems of foreign words whose opposite or general synonym the articles use ("expand" where they say "reduced",
    /// "spurn" where they say "rejected"): a yes/no claim is checked with them.
    /// </summary>
    public IReadOnlyList<string> Reachable { get; init; } = [];

    /// <summary>Stems of attribute words the articles give in other words that are attributes too ("died" where they say "deaths").</summary>
    public IReadOnlyList<string> RestatedAttributes { get; init; } = [];

    /// <summary>Stems of foreign words with a general synonym the articles use ("financed" for "funded"): kept to be matched loosely.</summary>
    public IReadOnlyList<string> Synonymous { get; init; } = [];

    /// <summary>
    /// Stems of foreign words another form of which the articles use ("executions" where they say "executed"): kept to
    /// be ranked through that form, for part of its weight.
    /// </summary>
    public IReadOnlyList<string> Kindred { get; init; } = [];

    /// <summary>Stems of names the articles write that no actor or topic holds ("Woeroon" of a firm never annotated): something named all the same.</summary>
    public IReadOnlyList<string> ArticleNames { get; init; } = [];

    /// <summary>Stems of foreign words the refusal policy set aside as phrasing: an answer cannot vouch for them.</summary>
    public IReadOnlyList<string> SetAside { get; init; } = [];

    /// <summary>The question's last content word, when no article uses it ("write me a poem"): where English puts what is asked.</summary>
    public string? ForeignEnding { get; init; }

    /// <summary>
    /// "which officials", "what illness": the kind of thing whose name is asked for, as typed. An answer that only
    /// speaks of the kind in general ("officials held talks") does not name one.
    /// </summary>
    public string? AsksNameOf { get; init; }

    /// <summary>Names no article uses that a yes/no claim gives as a detail ("told the Lakeside Post?"), checked against the fact found by the rest.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>The question asks for an amount ("how many", "how big"): an answer without a number does not answer it.</summary>
    public bool AsksAmount { get; init; }

    /// <summary>Words in quotation marks: the exact phrase a "who said" question looks for.</summary>
    public string? Quoted { get; init; }

    public DateQuery? Date { get; init; }

    /// <summary>The stems of the negation words the question uses.</summary>
    public IReadOnlyList<string> NegationStems { get; init; } = [];

    public int Negations => NegationStems.Count;

    /// <summary>"and the other town?": the previous question again with a new subject.</summary>
    public bool FollowUp { get; init; }

    /// <summary>A name that fits several actors and nothing in the conversation settles.</summary>
    public Mention? Ambiguous { get; init; }

    /// <summary>A pronoun nothing in the conversation fits ("what did he say?" in a new chat).</summary>
    public string? Unresolved { get; init; }

    /// <summary>The question only points back ("why?") but the conversation has nothing to point at.</summary>
    public bool LacksContext { get; init; }

    /// <summary>The fact the conversation was last about, when the question leans on it.</summary>
    public IndexedFact? ContextFact { get; init; }

    /// <summary>The sentence the last answer quoted, when the question asks who or when of it ("who exposed it?").</summary>
    public IndexedSentence? ContextSentence { get; init; }

    /// <summary>How the context sentence settles a yes/no question ("No": the writer turns against the claim asked about).</summary>
    public string? ContextVerdict { get; init; }

    public bool HasSubject => Entities.Count > 0 || Residual.Count > 0 || Date is not null;

    public bool IsEmpty => Tokens.Count == 0;
}
