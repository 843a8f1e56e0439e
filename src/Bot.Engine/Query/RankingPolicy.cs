namespace Bot.Engine.Query;

/// <summary>
/// The thresholds and weights that decide which fact answers a question, in one place: each is the
/// share of a question's names or other words (weighted by rarity) a fact must cover, or how much a
/// kind of match counts in a fact's score.
/// </summary>
internal static class RankingPolicy
{
    /// <summary>A fact must be about at least half the entities a question names.</summary>
    public const double EnoughEntities = 0.5;

    /// <summary>A fact must hold at least half the (rarity-weighted) other words of a question.</summary>
    public const double EnoughWords = 0.5;

    /// <summary>Covering every word, allowing for rounding.</summary>
    public const double AllWords = 0.99;

    /// <summary>How much covering the named entities counts against covering the other words.</summary>
    public const double EntityWeight = 2;

    public const double WordWeight = 1.5;

    /// <summary>A fact whose date matches the asked date gains this; one with another date loses it.</summary>
    public const double DateMatch = 1;

    /// <summary>A fact with no date when a date was asked for loses this.</summary>
    public const double DateMissing = 0.5;

    /// <summary>Among equals, each stem a fact holds costs this: the fact saying least beside the point is sharpest.</summary>
    public const double LengthPenalty = 0.001;

    /// <summary>A fact scoring this much below the best is not shown beside it.</summary>
    public const double CloseToBest = 0.3;

    /// <summary>Scores this close are the same: facts differing only in whose they are.</summary>
    public const double SameScore = 1e-9;

    /// <summary>
    /// "how big was the army?" names too little to tell its number from any other in a sentence about an army; "how big is
    /// the army reserve?" says enough, when a sentence says every one of these words and a number.
    /// </summary>
    public const int WordsToPlaceAnAmount = 2;

    /// <summary>A sentence stands in for a missing fact only when it covers this share of the question's words.</summary>
    public const double SentenceCover = 0.6;

    /// <summary>
    /// Checking a claim, how much of a word's weight a fact earns towards its rank when it says the word only in other
    /// words (a synonym, an opposite): the fact saying the claim's own words is the likelier one to check it against.
    /// Thresholds still count such a word as said.
    /// </summary>
    public const double OtherWordsShare = 0.5;

    /// <summary>
    /// How much of a question word's weight a fact or sentence earns, and covers, when it says the word only through a
    /// word of its family ("sanctioned" for "sanctions", "corrupt" for "corruption"): the question's own word is the
    /// surer sign, and a fact saying it outranks one saying its kin.
    /// </summary>
    public const double RelatedWordShare = 0.5;

    /// <summary>For "why" and yes/no questions answered from a sentence, the sentence must cover more.</summary>
    public const double StrictSentenceCover = 0.75;

    /// <summary>
    /// How much of a dated claim's words (by weight) a sentence must say when its date is a near miss of the claim's:
    /// a date that shares a part with the claim's anchors the sentence, so a third of the words will do.
    /// </summary>
    public const double NearDateCover = 0.34;

    /// <summary>
    /// A "why" answered by a sentence that reports the event and then gives its reason needs only a third of the words:
    /// the reason half of the sentence is words the question cannot share.
    /// </summary>
    public const double ReasonSentenceCover = 0.34;

    /// <summary>
    /// How much of a question word's weight a sentence earns when only the sentence before it in its paragraph holds the
    /// word: a paragraph goes on about what it named first ("the prison" ... "the building").
    /// </summary>
    public const double ParagraphContextCover = 0.5;

    /// <summary>
    /// A yes/no claim a fact says this much of, but not all, has a detail wrong: the answer is that the article does not
    /// put it so, showing the fact. Less, and the article is silent on the claim.
    /// </summary>
    public const double MostOfClaim = 0.6;

    /// <summary>
    /// A yes/no claim a fact says this much of, but less than <see cref="MostOfClaim"/>, is one the article puts otherwise
    /// too, unless another check of the claim finds it said or gainsaid more plainly.
    /// </summary>
    public const double HalfOfClaim = 0.5;

    /// <summary>
    /// How much of a claim made of someone else a sentence naming the claim's own subject must say to tell what the article
    /// says of the subject instead ("jailed", of "jailed for striking a guard"): one of several words will do.
    /// </summary>
    public const double SubjectSentenceCover = 0.1;

    /// <summary>"who said X": a statement must hold this share of X's words.</summary>
    public const double QuoteCover = 0.66;

    /// <summary>For a stance question, a position says it best; statements and explanations come next.</summary>
    public const double PositionPreference = 0.3;

    /// <summary>Weight of a fact's link to an entity: declared by the annotation, related through a topic, or only named.</summary>
    public const double DeclaredLink = 1.0;

    public const double RelatedLink = 0.8;
    public const double MentionedLink = 0.6;

    /// <summary>
    /// "What does X want?" with no topic: how much X's own stance (supports or opposes) outranks what others say
    /// about X, growing with how much of the article its topic takes up.
    /// </summary>
    public const double OwnStanceBonus = 0.2;

    /// <summary>"What is X's view on Y?": how much a view X holds or states outranks one only said about X.</summary>
    public const double OwnViewBonus = 0.2;

    /// <summary>How much of <see cref="SentenceCover"/> a sentence needs when it names two or more of the question's names.</summary>
    public const double NamedSentenceCoverFactor = 0.5;

    /// <summary>
    /// "did X deny Y?": how much a fact saying the claim's own word of denial or refusal gains, so that "X has denied
    /// this" is checked before "analysts believe X wants Y", which only says what was denied.
    /// </summary>
    public const double SameDenialBonus = 0.05;

    /// <summary>A yes/no claim giving an amount: how much a fact giving any amount gains (twice as much for the same one).</summary>
    public const double AmountBonus = 0.15;

    /// <summary>How many content words a sentence must share with the one shown to be telling of the same event.</summary>
    public const int SameEventWords = 2;

    /// <summary>
    /// How many words of a question pointing at the sentence shown ("which group carried out that poll?") may be the
    /// user's own, not the sentence's: the verb tying what is asked to what is pointed at.
    /// </summary>
    public const int OwnWordsAboutShown = 1;

    /// <summary>The most words of its own a follow-up without a subject ("Force size?") may have to be read under the last one.</summary>
    public const int MaxHeadingWords = 3;

    /// <summary>
    /// How many sentences after one telling of an occasion may still give what was said there ("She flew to the port.
    /// Crowds jeered. “We will stay,” she said."): further on, the paragraph has moved on.
    /// </summary>
    public const int OccasionSentences = 3;

    /// <summary>The share of a claim's other words and names a sentence must say before the name or number it puts in a slot gainsays the claim.</summary>
    public const double SlotRestShare = 0.75;

    /// <summary>How many of a claim's other words and names that sentence must say at least, one of them a word.</summary>
    public const int SlotRestWords = 2;

    /// <summary>The share of those a sentence must say when the verdict already found it saying the claim, a yes the slot may overturn.</summary>
    public const double ConfirmedSlotRestShare = 0.5;

    /// <summary>
    /// How much more a sentence counts, among those saying enough of a follow-up, when it is in the paragraph of the one
    /// the last answer read or just after it: the user asks on about what they just read.
    /// </summary>
    public const double NearLastReadBoost = 1.5;

    /// <summary>What a fact gains, among those fitting a follow-up, when it is told in the paragraph last read or the next one.</summary>
    public const double NearLastReadBonus = 0.2;

    /// <summary>How many sentences after the one the last answer read still count as near it.</summary>
    public const int NearLastReadSentences = 3;
}
