using System.Buffers;
using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// The first stage: reads a question's words against the index alone (no conversation), so the same
/// text always parses the same way.
/// </summary>
internal static partial class QuestionParser
{
    private static bool NamesOnlyTheAuthor(List<string> tokens, Mention mention) =>
        mention.Pronoun is null && Enumerable.Range(mention.Start, mention.Length).All(i => tokens[i] is "the" || Vocabulary.AuthorWords.Contains(tokens[i]));

    /// <summary>Numbers in words ("twelve", "forty"): amounts, checked as figures, like digits, not words to find.</summary>
    private static readonly HashSet<string> NumberWords = [.. Vocabulary.NumberWords, .. Vocabulary.LargerNumberWords.Keys];

    public static ParsedQuestion Parse(KnowledgeIndex index, string text)
    {
        // "does the article say that X?", "isn't it true that X?": the claim X is the question, asked yes or no.
        var clean = MarkupTag().Replace(TextNormalizer.Clean(text), " ");
        // "..., didn't it?", "..., right?": a tag asks for agreement, its "not" is not part of the claim.
        // "could you list ...", "do you know who ...": a polite request, not a yes/no question; "do we even know which
        // ship it was?" asks which ship, as the article would know it or not.
        clean = PoliteRequest().Replace(clean, "");
        var tagged = MayEndInTag(clean) && QuestionTag().IsMatch(clean);
        if (tagged)
            clean = QuestionTag().Replace(clean, "?");
        // "Did X back it? Y/N.": the answer's form asked for, after the question, which a tag is too.
        else if (clean.Contains('/') || clean.Contains(" or ", StringComparison.OrdinalIgnoreCase))
        {
            var form = AnswerForm().Match(clean);
            tagged = form.Success && form.Index > 0;
            if (tagged)
                clean = clean[..form.Index] + "?";
        }
        // "Fine, but did the mayor ...?", "ok so who ...": a reply to the last answer before the question says nothing of it.
        clean = ChatOpening().Replace(clean, "");
        // "Exactly which ports ...?", "just who is X?": a word stressing the question before its question word asks nothing itself.
        clean = StressBeforeQuestionWord().Replace(clean, "");
        // "Confirm: the council voted", "so the mayor wants a toll?": an opening that asks for agreement, like a tag.
        if (ClaimOpening().Match(clean) is { Success: true } opening && opening.Length < clean.Length)
        {
            clean = clean[opening.Length..];
            tagged = true;
        }
        clean = WithoutLeadingDenial(clean);
        clean = WithIdiomsAsWords(clean);
        // "what's the report called?": the name of the report is asked; "called" is no word the article must say.
        clean = CalledName().Replace(clean, "what is the name of ${thing}?");
        // "X, the article says this?", "X, as the article reports?": the framing put last asks the same as put first.
        if (clean.AsSpan().ContainsAny(FramingNouns) && TrailingFraming().Match(clean) is { Success: true, Index: > 0 } trailing
            && !AsksWh().IsMatch(clean[..trailing.Index]))
            clean = "Does the article say " + clean[..trailing.Index];
        var meta = MetaClaim().Match(clean);
        var framed = meta.Success && meta.Length < clean.Length;
        var mentionVerb = MentionVerbOf(clean);
        // "does the article describe X as Y?" claims that X is Y.
        if (framed && DescribedAs().Match(meta.Value + " " + clean[meta.Length..]) is { Success: true } described)
            clean = $"Is {described.Groups["who"].Value} {described.Groups["what"].Value}";
        else if (framed)
            clean = "Did " + clean[meta.Length..];
        // "why does the author argue that X fell?", "who, according to the article, opposed it?": the reader asks what
        // the article says in any case, so the clause the framing introduces is the question.
        else if (clean.AsSpan().ContainsAny(FramingCues))
            clean = InnerFraming().Replace(clean, " ");
        var caseTokens = WithClosedCompoundsOpened(index, WithOpenCompoundsClosed(index, WithAbbreviationsSpelledOut(index, Tokenizer.Tokenize(clean, lowercase: false).ConvertAll(ReadChatSpelling))));
        var tokens = caseTokens.ConvertAll(t => t.ToLowerInvariant());
        var words = string.Join(' ', tokens);
        // "past ISIS-linked attacks?": a hyphenated participle describes a noun; it is no verb making the question a claim.
        var verbal = clean.Contains('-') && HyphenatedParticiple().IsMatch(clean) ? WithoutParticiples(clean, tokens) : words;
        var rest = IntentRecognizer.StripFollowUp(verbal);
        var finiteVerb = IntentRecognizer.HasFiniteVerb(clean, caseTokens) || IntentRecognizer.HasDislocatedSubject(clean);
        var intent = IntentRecognizer.AsksWhetherAny(clean) ? Intent.YesNo
            : IntentRecognizer.Recognize(rest is { Length: > 0 } ? rest : verbal, clean.TrimEnd().EndsWith('?'), tagged, finiteVerb: finiteVerb);

        var mentions = RoleMentions.Link(index, caseTokens, index.Linker.Link(caseTokens), intent);
        var covered = new HashSet<int>();
        var entities = new List<string>();
        foreach (var mention in mentions)
        {
            for (var i = mention.Start; i < mention.Start + mention.Length; i++)
                covered.Add(i);
            if (mention.Pronoun is null && !index.Linker.IsAmbiguous(mention))
                entities.AddRange(mention.Candidates.Where(id => !entities.Contains(id)));
        }

        // "what term does the author use": asking for wording, "term" is no term of office, nor "word" a typo of a word the
        // article uses ("world"): the cue names what is asked for, not what it is about.
        var asksWording = words.AsSpan().ContainsAny(WordingCues) && WordingPattern().IsMatch(words);
        var asksLikening = AsksLikening(tokens, intent);
        var date = DateText.Find(tokens);
        if (date is not null)
            covered.UnionWith(date.Tokens);
        var residual = new List<string>();
        var foreign = new List<string>();
        var foreignStems = new List<string>();
        var foreignNames = new List<string>();
        var reachable = new List<string>();
        var synonymous = new List<string>();
        var kindred = new List<string>();
        var restated = new List<string>();
        // In a question typed all in capitals, capitals say nothing about names.
        string? foreignEnding = null;
        var shouting = caseTokens.Count(EntityLinker.IsShouted) * 2 > caseTokens.Count;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "US" in capitals is a country, not "us".
            var countryCode = !shouting && token.Length == 2 && caseTokens[i].AllChars(char.IsUpper) && Extraction.Countries.ByForm.ContainsKey(caseTokens[i]);
            // "what do the authors think ...": whoever wrote it frames the question, named in the byline or not.
            // "does X care about it?": in a claim, a light verb is what is claimed.
            // "how long is the deal for?": a word of phrasing may name the thing asked.
            var claimed = (intent is Intent.YesNo && Vocabulary.ClaimVerbs.Contains(token)) || Words.NamesAgreement(tokens, i);
            if (covered.Contains(i) || ((Vocabulary.Stopwords.Contains(token) || Vocabulary.Phrasing.Contains(token) || Vocabulary.AuthorWords.Contains(token)) && !countryCode && !claimed)
                || (asksWording && token is "term" or "terms" or "word" or "label" or "labels" or "quotation" or "quotations" or "marks" or "quoted" or "quotes")
                || (asksLikening && IsLikeningWord(token))
                // "what does Jo think is best?": the best is Jo's view, which the article need not call best.
                || Words.JudgedBest(tokens, i)
                // "on X's side", "on behalf of X": which side X is on, a preposition in all but form.
                || (token is "side" or "behalf" && ((i > 0 && covered.Contains(i - 1)) || (i + 1 < tokens.Count && tokens[i + 1] == "of")))
                // "is X in it together with Y?": Y is named beside X, as by "and"; "together" claims nothing of its own.
                // Asked what someone is working together with, it may be what is asked.
                || (intent is Intent.YesNo && token == "together" && i + 1 < tokens.Count && tokens[i + 1] == "with")
                // "free of tolls": a denial, counted among the claim's negations, not a word it claims.
                || Words.IsFreeOf(tokens, i)
                || (Words.LastsAsked(tokens, i) && !index.Knows(Stemmer.Stem(token)))
                // "X's counter-position": the other side's view, asked as a view is.
                || (Vocabulary.OtherSideWords.Contains(token) && i + 1 < tokens.Count && Vocabulary.OpinionWords.Contains(tokens[i + 1]))
                || SaysOnlyWhen(tokens, covered, date, i)
                || (intent is Intent.YesNo && InClaimFiller(tokens, i)))
                continue;
            // "Peru's capital": the city the articles name, found by its name.
            if (CapitalNamed(index, caseTokens, i) is { } capital)
            {
                residual.AddRange(capital.Where(stem => !residual.Contains(stem)));
                continue;
            }
            var word = CorrectSpelling(index, token);
            var stem = Stemmer.Stem(word);
            if ((Vocabulary.Stopwords.Contains(word) && !countryCode && !claimed) || NumberWords.Contains(word) || (word.AllChars(char.IsDigit) && word.Length < 4) || residual.Contains(stem)
                // "three times": how often, which the claim's number says and the article's ("twice") is checked against.
                || (Vocabulary.OccasionWords.Contains(word) && i > 0 && (NumberWords.Contains(tokens[i - 1]) || tokens[i - 1].AllChars(char.IsDigit)))
                // "over a thousand": a multiplier finds the sentence giving "€10 billion", but one no article writes says
                // only how much, which the figures check ("more than 1,000").
                || (Vocabulary.Multipliers.ContainsKey(word) && !index.Knows(stem)))
                continue;
            residual.Add(stem);
            foreignEnding = null;
            // "the UAE flag?" of an article writing "the United Arab Emirates": the country by the name the articles give it.
            if (!index.Knows(stem) && CountryNamedOtherwise(index, caseTokens, i) is { } otherName)
            {
                residual.Remove(stem);
                residual.AddRange(otherName.Where(w => !residual.Contains(w)));
                continue;
            }
            if (!index.Knows(stem))
            {
                if (index.KnowsParaphrase(stem))
                    reachable.Add(stem);
                if (index.KnowsSynonym(stem))
                    synonymous.Add(stem);
                // Only a word as typed: an idiom's plain word ("participate" for "take part") is the parser's wording,
                // and the article may say the idiom.
                if (index.RelatedStems(stem).Count > 0 && text.Contains(token, StringComparison.OrdinalIgnoreCase))
                    kindred.Add(stem);
                if (Vocabulary.AttributeWords.Contains(token) && index.KnowsSynonymAmong(stem, Vocabulary.AttributeStems))
                    restated.Add(stem);
                foreignEnding = token;
                foreign.Add(token);
                foreignStems.Add(stem);
                if ((countryCode || Vocabulary.WorldNames.Contains(token) || Vocabulary.WorldFigures.Contains(token) || (i > 0 && !shouting && char.IsUpper(caseTokens[i][0]))
                        || (IsDesignation(text, tokens, i) && !index.Knows(Stemmer.Stem(token.TrimEnd('s'))))
                        // "did roughly 40 people leave?": a hedge on a number opens the subject, and is no name.
                        || (i == SubjectSlot(tokens) && !Vocabulary.NumberHedges.Contains(token)))
                    && !index.KnowsKin(token) && !synonymous.Contains(stem))
                    foreignNames.Add(caseTokens[i]);
            }
        }
        // "which institution are the two authors affiliated with?": about whoever wrote it, with no one else named.
        // "what is the author's job?", "where is the author from?": the writer's own details, even where the writer is an actor of the article.
        // "what are the author's academic credentials?" lists the writer's details, not things the article lists.
        var onlyAuthorDetails = residual.Count > 0 && residual.AllIn(Vocabulary.AuthorDetailStems);
        if ((intent is Intent.General or Intent.Who || (intent is Intent.List && onlyAuthorDetails)) && tokens.AnyIn(Vocabulary.AuthorWords)
            && (mentions.Count == 0 || (mentions.All(m => NamesOnlyTheAuthor(tokens, m)) && (onlyAuthorDetails || (residual.Count == 0 && tokens[0] == "where")))
                || AsksCoAuthor(tokens, residual)))
            intent = Intent.Author;
        if (intent is Intent.General or Intent.Who && AsksWhoIsBehindTheArticle(tokens, foreignStems))
            intent = Intent.Author;
        // "who wrote the peace plan?": a thing the article speaks of was written, not the article.
        if (intent is Intent.Author && WritesAThing(tokens, residual, foreignStems))
            intent = IntentRecognizer.Recognize(rest is { Length: > 0 } ? rest : verbal, clean.TrimEnd().EndsWith('?'), tagged, except: Intent.Author, finiteVerb: finiteVerb);
        // "which outlet first reported the refrain the guards used?": a source asked of what the article reports, not of the article.
        else if (intent is Intent.Source && residual.Count(stem => !foreignStems.Contains(stem) && !SourceStems.Contains(stem)) >= ReportedThingWords)
            intent = Intent.General;
        // "which outlet did he tell?", "when was that interview published?", "the same outlet": a source asked of what
        // someone said or of a thing spoken of before, not of the article.
        else if (intent is Intent.Source && (mentions.Any(m => m.Pronoun is "male" or "female") || SinglesOutAnotherThing(tokens)))
            intent = IntentRecognizer.Recognize(rest is { Length: > 0 } ? rest : verbal, clean.TrimEnd().EndsWith('?'), tagged, except: Intent.Source, finiteVerb: finiteVerb);
        // "what is the newspaper editor's name?": the outlet word is part of someone the article names, not the outlet asked.
        if (intent is Intent.Source && mentions.Any(m => m.Pronoun is null && tokens.Skip(m.Start).Take(m.Length).Any(Vocabulary.OutletWords.Contains)))
            intent = Intent.Who;
        var quoted = QuotedPhrase(clean);
        return new ParsedQuestion
        {
            Text = clean,
            Words = words,
            Tokens = tokens,
            Intent = intent,
            FollowUpShape = rest is { Length: > 0 } && !IntentRecognizer.AsksItsOwn(rest),
            Mentions = mentions,
            Entities = entities,
            Residual = residual,
            Foreign = foreign,
            ForeignStems = foreignStems,
            ForeignNames = foreignNames,
            Reachable = reachable,
            Synonymous = synonymous,
            Kindred = kindred,
            ArticleNames = residual.AnyIn(index.NameStems) ? [.. residual.Where(stem => index.NameStems.Contains(stem))] : [],
            RestatedAttributes = restated,
            ForeignEnding = foreignEnding is not null && !mentions.Any(m => m.Start > tokens.LastIndexOf(foreignEnding)) ? foreignEnding : null,
            AsksNameOf = asksLikening ? null : AskedKind(index, clean, words, tokens, mentions),
            AsksAmount = AsksAmount(words, tokens, caseTokens, quoted, intent, framed, stated: tagged || finiteVerb),
            Quoted = quoted,
            AboutArticle = framed,
            MentionVerb = mentionVerb,
            AsksWording = asksWording,
            AsksLikening = asksLikening,
            Date = date,
            // "non" is a prefix ("non-interventionist"), not a "not"; a claim's "lack" is weighed as a doubt, not again as a "not".
            NegationStems = [.. Words.Negations(Words.WithDenialsAsNot([.. tokens])).Where(w => w != "non").Select(Stemmer.Stem).Where(stem => !Vocabulary.DoubtingClaimStems.Contains(stem))],
        };
    }

    [GeneratedRegex(@"(?:,\s*(?:(?:does|did|is that what)\s+)?|\s+as\s+)the (?:article|author|authors|piece|text|writer) (?:says?|said|claims?|states?|reports?|suggests?|argues?)(?: this| that| so| it)?\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFraming();

    /// <summary>A clause opening with a question word: "which year ..., the article say?" asks it, not a yes or no.</summary>
    [GeneratedRegex(@"(?:^\W*|,\s*)(who|whom|whose|what|when|where|why|which|how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWh();

    [GeneratedRegex(@"^(?:what|whats|what's|what\u2019s|wats|wat)\s+(?:is\s+|s\s+)?(?<thing>(?:the|this|that|his|her|its|their)\s+(?!(?:article|piece|story|post|text)\b)[\p{L}\s-]{1,40}?)\s+called\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CalledName();

    [GeneratedRegex(@"(?<=[\p{L}\d])-\p{L}+ed\b")]
    private static partial Regex HyphenatedParticiple();

    [GeneratedRegex(@"\b(describe|characteri[sz]e|portray|depict|label|call|present|regard|view|see|consider|name|treat|frame|cast|paint|assess(?:es)?|identif(?:y|ies))s?\s+(?:that\s+)?(?<who>[^,]{1,60}?) as (?<what>[^,]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescribedAs();

    /// <summary>The words a framing put last names the article by (see <see cref="TrailingFraming"/>).</summary>
    private static readonly SearchValues<string> FramingNouns = SearchValues.Create(["article", "author", "piece", "text", "writer"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that ask where an article came from, or name the article itself.</summary>
    private static readonly HashSet<string> SourceStems = Vocabulary.Stems(
        "publish", "published", "publication", "publisher", "outlet", "news", "newspaper", "paper", "report", "reported", "site", "website",
        "source", "date", "release", "released", "post", "posted", "write", "written", "wrote", "appear", "appeared", "article", "piece",
        "story", "text", "produced", "put", "came", "first", "originally", "original", "online", "print", "blog", "column", "essay", "editorial");

    /// <summary>
    /// "the same outlet", "that interview": a pointing word before a noun singles out something spoken of before; the
    /// article is never "the same", and "this article", "that report" may be the article itself.
    /// </summary>
    private static bool SinglesOutAnotherThing(IReadOnlyList<string> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1] == "same" || (tokens[i - 1] is "that" or "this" or "those" or "these" && !Vocabulary.Stopwords.Contains(tokens[i]) && !SourceStems.Contains(Stemmer.Stem(tokens[i]))))
                return true;
        }
        return false;
    }

    /// <summary>How many other words name something the article reports, whose source is asked instead of the article's.</summary>
    private const int ReportedThingWords = 2;

    /// <summary>Words one of which a framing clause inside a question holds: most questions hold none, and the pattern is not run.</summary>
    private static readonly SearchValues<string> FramingCues = SearchValues.Create(
        ["according", "article", "author", "writer", "piece", "text", "analysis"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "did", "does", "do", "is", "was", "has", "have", "had", "will", "would", "can", "could" };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal) { "who", "what", "whats", "when", "why", "how", "where", "wat" };

    /// <summary>Where the subject of "did X ...", "what did X say" stands: a word there the articles never use is a name they never mention.</summary>
    private static int SubjectSlot(List<string> tokens) =>
        tokens.Count > 1 && Auxiliaries.Contains(tokens[0]) ? 1
        // "who is X" names X; "what is danger" asks about a thing, so after "what is" a strange word is no name.
        : tokens.Count > 2 && QuestionWords.Contains(tokens[0]) && Auxiliaries.Contains(tokens[1]) && (tokens[0] == "who" || tokens[1] is not ("is" or "was")) ? 2
        : -1;

    /// <summary>"diff" is "difference", "y" is "why": chat spellings read as the words they stand for (case kept for names).</summary>
    /// <summary>The question's words without the second halves of its hyphenated participles ("isis attacks" of "ISIS-linked attacks").</summary>
    private static string WithoutParticiples(string clean, List<string> tokens)
    {
        var rest = new List<string>(tokens);
        foreach (Match participle in HyphenatedParticiple().Matches(clean))
            rest.Remove(participle.Value[1..].ToLowerInvariant());
        return string.Join(' ', rest);
    }

    /// <summary>
    /// Corrects a word no article uses to the closest one that is used, within the typo allowance; a word the
    /// articles can already speak to through a synonym or opposite ("started" for "began"), or another form of which
    /// they use ("executions" where they say "executed", not "elections"), is left as typed.
    /// </summary>
    private static string CorrectSpelling(KnowledgeIndex index, string token) =>
        token.Length < 4 || index.KnownWords.Contains(token) || !EntityLinker.AllLetters(token) || index.Knows(Stemmer.Stem(token)) || index.KnowsParaphrase(Stemmer.Stem(token))
            || index.RelatedStems(Stemmer.Stem(token)).Count > 0
            ? token : DroppedG(index, token) ?? index.Speller.Correct(token);

    /// <summary>Below this length a word in "-in" is read as "-ing" only when the articles write that very word.</summary>
    private const int ShortestDroppedGByStem = 6;

    /// <summary>
    /// "talkin", "doin": chat drops the g of "-ing". Read as the "-ing" word when it is a word of no weight ("doing") or the
    /// articles speak to it; a short name in "-in" ("Lorin") stays a name unless the articles write "loring" itself.
    /// </summary>
    private static string? DroppedG(KnowledgeIndex index, string token)
    {
        if (!token.EndsWith("in", StringComparison.Ordinal))
            return null;
        var word = token + "g";
        return Vocabulary.Stopwords.Contains(word) || index.KnownWords.Contains(word)
            || (token.Length >= ShortestDroppedGByStem && index.Knows(Stemmer.Stem(word))) ? word : null;
    }

    /// <summary>The words in quotation marks (several quoted bits joined), if they hold a phrase or one long word.</summary>
    private static string? QuotedPhrase(string text)
    {
        if (!text.AsSpan().ContainsAny(QuotationMarks))
            return null;
        var phrases = QuotedPattern().Matches(text).Select(m => m.Groups["q"].Value.Trim()).Where(p => p.Contains(' ') || p.Length >= MinQuotedWord).ToList();
        return phrases.Count == 0 ? null : string.Join(" … ", phrases);
    }

    /// <summary>The marks a quotation starts with: a question without one quotes nothing.</summary>
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"\u201C\u201D'\u2018");

    /// <summary>Words one of which a question asking for wording holds (see <see cref="WordingPattern"/>).</summary>
    private static readonly SearchValues<string> WordingCues = SearchValues.Create(
        ["word", "phrase", "term", "adjective", "expression", "label", "quotation marks", "scare quotes"], StringComparison.Ordinal);

    /// <summary>A single quoted word shorter than this ('a', 'it') is emphasis, not a quotation to look up.</summary>
    private const int MinQuotedWord = 5;

    /// <summary>The words a question tag ends with ("..., didn't it?", "..., right?", "..., yes?", "... in May yeah").</summary>
    private static readonly HashSet<string> TagEndings = new(StringComparer.Ordinal) { "it", "he", "she", "they", "there", "we", "you", "that", "right", "correct", "true", "no", "yes", "accurate", "confirm", "yeah", "yep", "yea" };

    /// <summary>
    /// Whether the text may end in a question tag: its last word (before spaces and question marks) is one a tag ends
    /// with, or is not plain ASCII, which only the pattern reads rightly. Spares running the pattern, which may start
    /// anywhere, on nearly every question.
    /// </summary>
    private static bool MayEndInTag(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '?' or '.' or '!'))
            end--;
        var start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            start--;
        if ((start > 0 && !char.IsAscii(text[start - 1])) || (start == end && end > 0 && !char.IsAscii(text[end - 1])))
            return true;
        return end - start is >= 2 and <= 8 && TagEndings.Contains(text[start..end].ToLowerInvariant());
    }

    [GeneratedRegex(@",?\s*\b((did|does|do|is|was|were|are|has|have|had|can|could|will|would)(n'?t| not) (it|he|she|they|there|we|you|that)|(?:is (?:it |that |this )?)?(?:right|correct|true|accurate)|no)\s*\?*\s*$|,\s*yes\s*\?*\s*$|(?<=\w)[\s,]+(?:yeah|yep|yea)\s*\?*\s*$|\s*[-\u2013\u2014,.:]?\s*\b(please )?confirm\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionTag();

    [GeneratedRegex(@"[\s,.;:?!-]*\(?\b(y/n|yes/no|yes or no|true/false|true or false|t/f)\b\)?\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerForm();

    /// <summary>Framing clauses before a claim, one or several ("isn't it true the article says ..."), after any opening "despite ..." clause.</summary>
    [GeneratedRegex(@"^\W*(?:(?:despite|although|even though|given|besides|apart from) [^,]{1,60},\s*)?(?:(?:isn'?t it true|is it true|is it (?:accurate|correct|right|fair) that|(?:would|is) it (?:be )?(?:accurate|fair|right|correct) to (?:say|report|claim|write)|(?:can|could|may) (?:i|we) (?:safely )?(?:say|report|claim|write|state)(?= that\b| the (?:article|author|authors|text|piece)\b)|(?:does|did|do) (?:the |this )?(?:article|authors?|text|piece|writers?) (?:really |still |also |actually |seriously |basically )?(?:say|claim|state|suggest|argue|report|mention|call|describe|characteri[sz]e|portray|depict|label|consider|regard|view|see|present|write|note|imply|place|put|locate|attribute|credit|link|tie|connect|blame|treat|frame|cast|paint|assess|identify)|(?:the |this )?(?:article|authors?|text|piece|writers?) (?:really |also |actually |basically )?(?:says?|claims?|states?|suggests?|argues?|reports?|names?|notes?|credits?|attributes?|blames?|describes?|calls?|characteri[sz]es?|portrays?|presents?|assess(?:es)?|identif(?:y|ies)|sees?|views?|regards?|treats?|frames?)|(?:is|are) (?:the |this )?(?:article|authors?|text|piece|writers?) (?:really |still |also |actually |seriously |basically )?(?:claiming|stating|suggesting|arguing|implying|contending|asserting))(?: that)?\b[ ,:]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex MetaClaim();

    /// <summary>
    /// A framing clause inside a question that asks something else: "according to the article", or "does the author
    /// say" followed by a clause of its own (not "what does the author say about X?").
    /// </summary>
    [GeneratedRegex(@",?\s*\baccording to (?:the |this )?(?:article|author|authors|text|piece|writer|writers|analysis)\b\s*,?|(?<=\S\s+)\b(?:does|do|did) (?:the |this )?(?:article|author|authors|text|piece|writer|writers|analysis) (?:really )?(?:say|claim|state|suggest|argue|write|imply|contend|assert)(?: that)?\b(?!\s*(?:about|of|on|regarding|concerning|in the|to)\b)(?=\s*\w)", RegexOptions.IgnoreCase)]
    private static partial Regex InnerFraming();

    [GeneratedRegex(@"\b(what|which) (\w+ )?(exact |precise )?(word|words|phrase|term|adjective|expression|wording|label)\b|\b(exact|precise|own) (words|wording|phrase)\b|\bquotation marks\b|\bscare quotes\b")]
    private static partial Regex WordingPattern();

    [GeneratedRegex(@"^\W*(please |pls |plz )?((can|could|would|will|wud|cud) (you|u|ya)|do (you|u) know|(do|does) (we|anyone|anybody|they) (even |actually |really )?know (?=(who|what|when|why|where|which|how)\b)|i (would|d) like to know|i want to know|i wonder)( please| pls| plz| kindly)?\b[ ,:]*((tell|show) (me|us) (?=(who|what|when|why|where|which|how)\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex PoliteRequest();

    [GeneratedRegex("</?[A-Za-z][^<>]{0,40}>")]
    private static partial Regex MarkupTag();

    [GeneratedRegex("[\"\u201C\u201D](?<q>[^\"\u201C\u201D]{3,300})[\"\u201C\u201D]|(?<=^|\\s)['\u2018](?<q>(?:[^'\u2018\u2019]|(?<=\\p{L})['\u2019](?=\\p{L})){3,300})['\u2019](?=\\W|$)")]
    private static partial Regex QuotedPattern();
}
