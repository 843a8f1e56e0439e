using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Answers one question against one index and conversation; made afresh for each question.</summary>
internal sealed partial class Responder(KnowledgeIndex index, Conversation conversation)
{
    [System.Text.RegularExpressions.GeneratedRegex("</?[A-Za-z][^<>]{0,40}>")]
    private static partial System.Text.RegularExpressions.Regex MarkupTag();

    private static readonly HashSet<string> NumberWords = [.. Lexicon.NumberWords];

    public Answer Respond(string text)
    {
        // A pronoun may fit several people spoken of; when the nearest gives no answer, try the next.
        var answer = Respond(text, 0);
        for (var skip = 1; skip <= 2 && answer.Status == AnswerStatus.Unknown && _usedPronoun; skip++)
        {
            _usedPronoun = false;
            var retry = Respond(text, skip);
            if (retry.Status == AnswerStatus.Answered)
                return retry;
        }
        return answer;
    }

    private bool _usedPronoun;

    /// <summary>What the previous answer rested on, for "tell me more".</summary>
    private IndexedFact? _previousFact;

    private Answer Respond(string text, int pronounSkip)
    {
        var question = Parse(text, pronounSkip);
        if (question.Tokens.Count == 0)
            return Help(emptyQuestion: true);
        if (conversation.PendingClarification is { } pending && TryResolveClarification(question, pending.Candidates) is { } chosen)
        {
            conversation.PendingClarification = null;
            conversation.Remember([chosen]);
            question = Parse(pending.Words);
        }
        if (question.Ambiguous is { } ambiguous)
            return Clarify(question, ambiguous);
        if (question.Unresolved is { } pronoun && question.Entities.Count == 0 && question.Intent is not (Intent.About or Intent.Author or Intent.Sections or Intent.Source))
            return Unknown(question, $"I'm not sure who \"{pronoun}\" means here. Could you name them?");
        conversation.PendingClarification = null;
        ApplyContext(question);
        if (question.LacksContext)
            return Unknown(question, "I'm not sure what that refers to. Could you ask about someone or something in the article?");
        _previousFact = conversation.LastFact;
        conversation.LastFact = null;
        var answer = Dispatch(question);
        if (answer.Status != AnswerStatus.Answered)
        {
            conversation.LastFact ??= _previousFact;
            return answer;
        }
        conversation.LastIntent = question.Intent;
        conversation.LastResidual = question.Residual;
        conversation.LastEntities = [.. question.Entities];
        // After "who denied it?", "he" is whoever the answer was about, so its subject comes first.
        var answered = conversation.LastFact?.Declared.Where(id => index.Find(id)?.IsActor == true) ?? [];
        conversation.Remember(question.Intent is Intent.Who or Intent.WhoSaid or Intent.Supporters or Intent.Opponents
            ? answered.Concat(question.Entities)
            : question.Entities.Concat(answered));
        return answer;
    }

    private Answer Dispatch(ParsedQuestion q)
    {
        if (q.Foreign.Count > 0 && q.Intent is not (Intent.Help or Intent.About or Intent.Author or Intent.Sections or Intent.Source or Intent.Captions))
        {
            // Words no article uses are the point of the question when they outnumber the words it does use,
            // or name what "who" did; otherwise they are phrasing ("characterize", "cool with") and are set aside.
            var known = q.Residual.Count - q.Foreign.Count;
            var asksWhoDid = q.Tokens.Count > 1 && q.Tokens[0] == "who" && q.Foreign.Contains(q.Tokens[1]);
            var phrasing = q.Foreign.Count == 1 && known >= 1 && q.Entities.Count > 0 && !Lexicon.AttributeWords.Contains(q.Foreign[0]);
            if (asksWhoDid || (!phrasing && (known < 2 || q.Foreign.Count >= known || q.Foreign.Any(Lexicon.AttributeWords.Contains))))
                return NotInArticle(q);
            q.Residual.RemoveAll(stem => q.ForeignStems.Contains(stem));
        }
        if (q.Entities.Count == 0 && AsksForEntities(q)
            && q.Intent is Intent.Who or Intent.General or Intent.List or Intent.Count or Intent.WhoSaid or Intent.SpeakerSaid)
            return ListEntities(q);
        return q.Intent switch
        {
            Intent.Help => Help(emptyQuestion: false),
            Intent.Captions => Captions(q),
            Intent.More => More(),
            Intent.About => About(),
            Intent.Author => Author(q),
            Intent.Sections => Sections(q),
            Intent.Source => Source(),
            Intent.YesNo => YesNo(q),
            Intent.WhoSaid => WhoSaid(q),
            Intent.Compare => Compare(q),
            Intent.Relation => Relationship(q),
            Intent.Count or Intent.List => Enumerate(q),
            Intent.Why => Why(q),
            Intent.When => When(q),
            Intent.OnDate => OnDate(q),
            Intent.SpeakerSaid => SpeakerSaid(q),
            Intent.Supporters or Intent.Opponents => Supporters(q),
            Intent.Position => HeldPosition(q),
            Intent.Who => Who(q),
            _ => General(q),
        };
    }

    private ParsedQuestion Parse(string text, int pronounSkip = 0)
    {
        var caseTokens = Tokenizer.Tokenize(MarkupTag().Replace(TextNormalizer.Clean(text), " "), lowercase: false);
        var tokens = caseTokens.ConvertAll(t => t.ToLowerInvariant());
        var words = string.Join(' ', tokens);
        var question = new ParsedQuestion { Words = words, Tokens = tokens };
        var rest = IntentRecognizer.StripFollowUp(words);
        question.Intent = IntentRecognizer.Recognize(rest is { Length: > 0 } ? rest : words);
        if (rest is { Length: > 0 } && question.Intent is Intent.General && conversation.LastIntent is not Intent.General)
        {
            question.FollowUp = true;
            question.Intent = conversation.LastIntent;
        }

        var mentions = index.Linker.Link(caseTokens);
        var covered = new HashSet<int>();
        foreach (var mention in mentions)
        {
            for (var i = mention.Start; i < mention.Start + mention.Length; i++)
                covered.Add(i);
            if (mention.Pronoun is { } pronoun)
            {
                var referent = conversation.Entities.Where(id => index.Find(id)?.FitsPronoun(pronoun) == true).Skip(pronounSkip).FirstOrDefault();
                if (referent is not null)
                {
                    _usedPronoun = true;
                    AddEntity(question, referent);
                }
                else if (pronoun is "male" or "female")
                {
                    question.Unresolved ??= caseTokens[mention.Start];
                }
            }
            else if (index.Linker.IsAmbiguous(mention))
            {
                var known = mention.Candidates.FirstOrDefault(conversation.Entities.Contains);
                if (known is not null)
                    AddEntity(question, known);
                else
                    question.Ambiguous ??= mention;
            }
            else
            {
                foreach (var id in mention.Candidates)
                    AddEntity(question, id);
            }
        }

        question.Date = DateText.Find(tokens);
        if (question.Date is not null)
            covered.UnionWith(question.Date.Tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (covered.Contains(i) || Lexicon.Stopwords.Contains(token))
                continue;
            var word = CorrectSpelling(token);
            var stem = Stemmer.Stem(word);
            if (Lexicon.Stopwords.Contains(word) || NumberWords.Contains(word) || (word.All(char.IsDigit) && word.Length < 4) || question.Residual.Contains(stem))
                continue;
            question.Residual.Add(stem);
            if (!index.Vocabulary.Contains(stem) && !(index.SynonymStems.TryGetValue(stem, out var synonyms) && synonyms.Any(index.Vocabulary.Contains))
                && !(Lexicon.Opposites.TryGetValue(stem, out var opposite) && index.Vocabulary.Contains(opposite))
                && !Lexicon.StanceStems.Contains(stem))
            {
                question.Foreign.Add(token);
                question.ForeignStems.Add(stem);
            }
        }
        question.Negations = tokens.Count(Lexicon.Negations.Contains);
        return question;
    }

    private static void AddEntity(ParsedQuestion question, string id)
    {
        if (!question.Entities.Contains(id))
            question.Entities.Add(id);
    }

    /// <summary>Corrects a word no article uses to the closest one that is used, within the typo allowance.</summary>
    private string CorrectSpelling(string token) =>
        token.Length < 4 || index.RawVocabulary.Contains(token) || !token.All(char.IsLetter) ? token : index.Speller.Correct(token);

    /// <summary>Fills in the subject from the conversation when the question only points at it.</summary>
    private void ApplyContext(ParsedQuestion q)
    {
        if (q.FollowUp && q.Entities.Count > 0)
        {
            // "and the other town?": the earlier question with the new name in place of the one of its kind.
            var previous = conversation.LastEntities.ToList();
            foreach (var id in q.Entities)
            {
                var replaced = previous.FindIndex(old => SameKind(old, id));
                if (replaced >= 0)
                    previous[replaced] = id;
                else
                    previous.Insert(0, id);
            }
            q.Entities.Clear();
            q.Entities.AddRange(previous.Distinct());
            if (q.Residual.Count == 0)
                q.Residual.AddRange(conversation.LastResidual);
            return;
        }
        var pointsBack = q.Tokens.Any(t => t is "that" or "this" or "it" or "so" or "then" or "they" or "he" or "she");
        // "who disagrees?": a stance word alone still points back at what was just said.
        if (q.Entities.Count == 0 && q.Residual.All(Lexicon.StanceStems.Contains) && q.Date is null
            && q.Intent is not (Intent.Help or Intent.More or Intent.About or Intent.Author or Intent.Sections or Intent.Source or Intent.OnDate))
        {
            if (q.Intent is Intent.General && !pointsBack)
                return;
            q.Entities.AddRange(conversation.LastEntities);
            q.ContextFact = conversation.LastFact;
            // "why?" as the first words of a chat: there is nothing yet for it to point at.
            q.LacksContext = q.Entities.Count == 0 && q.ContextFact is null && !AsksForEntities(q)
                && q.Intent is not (Intent.Captions or Intent.Count or Intent.List);
        }
        else if (pointsBack && q.Intent is Intent.Why or Intent.When && q.Entities.Count == 0)
        {
            q.Entities.AddRange(conversation.LastEntities);
            q.ContextFact = conversation.LastFact;
        }
    }

    private bool SameKind(string a, string b) =>
        index.Find(a) is { } x && index.Find(b) is { } y && x.IsActor == y.IsActor && x.IsPerson == y.IsPerson;

    private string? TryResolveClarification(ParsedQuestion q, IReadOnlyList<string> candidates)
    {
        var direct = candidates.Where(q.Entities.Contains).ToList();
        if (direct.Count == 1)
            return direct[0];
        // "the duma one": the candidate whose description names what the user said.
        var fitting = candidates.Where(c => index.ActorFact(c) is { } f
            && (q.Entities.Any(e => f.Mentioned.Contains(e) || index.Find(c)?.Affiliation == e)
                || (q.Residual.Count > 0 && q.Residual.All(r => index.Covers(f.Stems, r))))).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private void Remember(IndexedFact fact, IEnumerable<IndexedFact> rest)
    {
        conversation.LastFact = fact;
        conversation.More.Clear();
        foreach (var other in rest)
            conversation.More.Enqueue(other);
    }
}
