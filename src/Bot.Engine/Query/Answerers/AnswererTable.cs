using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// The last stage: questions that cannot be answered as asked get their reply here (which one? who is
/// "he"? not in the article), and the rest go to the answerer of their intent.
/// </summary>
internal static class AnswererTable
{
    public static Reply Answer(Turn t)
    {
        var reply = GoesOnAfter.Extend(t, Intended(t));
        // A "yes", however found, is checked once against the sentence it cites for the claim's year, figures, place and names.
        if (t.Q.Intent is Intent.YesNo)
            reply = ClaimDetails.Checked(t, reply);
        // "what do the authors think of X?": the article's own voice, whatever the intent the question's words suggest,
        // unless what answered already judges in it. Short of an answer, a sentence naming what is asked about says
        // most of it, and one of the question's other words will do.
        return reply.Answer.Status is AnswerStatus.Answered or AnswerStatus.Unknown && t.Q is { Ambiguous: null, LacksContext: false, ContextSentence: null }
            && AuthorView.Asks(t.Q) && !AuthorAdvice.Asks(t.Q) && !AuthorView.JudgesInOwnVoice(t.Index, reply)
            && AuthorView.Answer(t, named: reply.Answer.Status == AnswerStatus.Unknown) is { } view ? view : reply;
    }

    private static Reply Intended(Turn t)
    {
        var q = t.Q;
        if (q.Ambiguous is { } ambiguous)
            return Replies.Clarify(t, ambiguous);
        if (q.Unresolved is { } pronoun && q.Entities.Count == 0 && q.Intent is not (Intent.About or Intent.Author or Intent.Sections or Intent.Source))
            return Replies.Unknown(t, $"I'm not sure who \"{pronoun}\" means here. Could you name them?");
        if (q.LacksContext)
            return Replies.Unknown(t, "I'm not sure what that refers to. Could you ask about someone or something in the article?");
        if (q.ContextSentence is { } said)
            return FromShown(t, said);
        // "what does the author recommend?": the writer's own sentence saying what someone should do.
        if (AuthorAdvice.Asks(q) && AuthorAdvice.Answer(t) is { } advice)
            return advice;
        // "how old is X?": an age is given beside a name, in words no question about age uses.
        if (AgeAnswerer.Asks(q) && AgeAnswerer.Answer(t) is { } age)
            return age;
        // "where does he work?" of whoever wrote the piece: the note on its author says it, in words of its own.
        if (WriterDetails.Asks(t) && WriterDetails.Answer(t) is { } details)
            return details;
        var decision = RefusalPolicy.Decide(q);
        // "A, B and C: which of those does the article name?": which of the question's own names it mentions.
        if (NamedOfThose.Asks(q) && NamedOfThose.Answer(t.With(decision.Question), decision.Missing) is { } named)
            return named;
        // "the author's forecast for X?": a word asking for a judgement is one the article need not use.
        if (AuthorView.Asks(q) && decision.Refused && decision.Missing.All(w => AuthorView.IsViewWord(w.ToLowerInvariant()))
            && AuthorView.Answer(t) is { } forecast)
            return forecast;
        // "the author's bottom line on X?": so is a word asking for the conclusion, which the closing paragraphs give.
        if (ConclusionAnswerer.Asks(q) && decision.Refused && decision.Missing.All(ConclusionAnswerer.IsConclusionWord)
            && ConclusionAnswerer.Answer(t) is { } closing)
            return closing;
        // "it puts 'assistance' in quotation marks: in what context?": the article's own words, found as they stand,
        // are what is asked about, however strange the words around them. Not when the strange word is the kind of thing
        // whose name is asked ("which MP first said 'X'?"): the article's words then name no one of that kind. What is
        // asked of them must still be there: "how many died in the 'violent' crackdowns?" needs a number.
        if (decision.Refused && q.Intent is not Intent.YesNo && !decision.Missing.Contains(q.AsksNameOf ?? "", StringComparer.OrdinalIgnoreCase)
            && QuoteFinder.Find(t, exactly: true) is { } own)
            return AnswerChecks.Fail(t, own) ?? own;
        // "what was on the agenda?" just after the answer telling of the meeting: the strange word names what it said.
        if (ContextResolver.InOwnWordsOfShown(q, decision, t.State, t.Index) is { ContextSentence: { } shown } onShown)
            return FromShown(t.With(onShown), shown);
        // "opened in Transmontia, right?": a name no article uses may stand where a sentence saying the rest names another.
        if (decision.Refused)
            return (q.Intent is Intent.YesNo ? YesNoAnswerer.OtherSpeaker(t, decision.Missing) ?? YesNoAnswerer.OtherInSlot(t) ?? YesNoAnswerer.OtherDate(t) : null)
                ?? Replies.NotInArticle(t, decision.Missing);
        t = t.With(decision.Question);
        // "who put out this report?": the organisation the article names by the report's making, or its own source.
        if (ReportMaker.Asks(t) && ReportMaker.Answer(t) is { } maker)
            return maker;
        if (t.Q.Entities.Count == 0 && ((EntityKinds.AsksForEntities(t.Q)
            && t.Q.Intent is Intent.Who or Intent.General or Intent.List or Intent.Count or Intent.WhoSaid or Intent.SpeakerSaid)
            || (t.Q.Intent is Intent.WhoSaid && t.Q.Residual.Count == 0 && t.Q.ContextFact is null && t.Q.Quoted is null)))
            return ListAnswerer.ListEntities(t);
        // Words in quotation marks after "who" are looked up as they stand, whatever the rest of the question says;
        // "who is 'the Kremlin's man'?" with the name the article gives someone asks who they are.
        var namesOne = t.Q.Quoted is { } words && t.Q.Intent is Intent.Who && t.Q.Tokens is ["who", "is" or "was", ..]
            && t.Index.Linker.MentionedIn(words, actorsOnly: true).Count(t.IsPerson) == 1;
        var reply = t.Q.Quoted is not null && !namesOne && (t.Q.Tokens[0] == "who" || t.Q.Intent is Intent.Who or Intent.WhoSaid or Intent.SpeakerSaid or Intent.General or Intent.Source)
            && QuoteFinder.Find(t) is { Answer.Status: AnswerStatus.Answered } quoted ? quoted : Kinded(t) ?? ByIntent(t);
        // "what does the author conclude?" answered from elsewhere than the article's closing paragraphs: they conclude it.
        if (ConclusionAnswerer.Asks(t.Q) && !ConclusionAnswerer.Closes(t, reply) && ConclusionAnswerer.Answer(t) is { } concluded)
            reply = concluded;
        // Nothing in the article's own words: its general synonyms may still find it ("non-participation" for "refusal").
        if (reply.Answer.Status == AnswerStatus.Unknown && t.Q.Residual.Any(t.Index.KnowsSynonym)
            && t.Q.Intent is not (Intent.YesNo or Intent.Help or Intent.More or Intent.About or Intent.Author or Intent.Source or Intent.Sections or Intent.Captions)
            && ByIntent(t with { Loose = true }) is { Answer.Status: AnswerStatus.Answered } loose && AnswerChecks.Fail(t, loose) is null)
            reply = loose;
        // "which historical comparisons does the author draw?": the sentences likening things.
        if (t.Q.AsksLikening && LikeningFinder.Find(t) is { } likened)
            reply = likened;
        // "which adjective does the writer attach to X's refusal?": the sentence where a word qualifies it.
        else if (t.Q.AsksWording && WordingFinder.Qualified(t) is { } qualified)
            reply = qualified;
        // "which phrase does it put in quotation marks?": the sentence quoting one.
        else if (t.Q.AsksWording && WordingFinder.Quoted(t, reply) is { } quotation)
            reply = quotation;
        // "what word does the author use for X?": the article's own sentence, not a summary of it.
        else if (t.Q.AsksWording && reply is { Answer.Status: AnswerStatus.Answered, Fact: { } fact } && OwnWords(t.Index, fact) is { } sentence)
            reply = WordingFinder.NamingAll(t, sentence) is { } naming ? Replies.FromSentence(t, naming) : Replies.FromSentence(t, sentence) with { Fact = fact };
        var found = reply;
        reply = AnswerChecks.Fail(t, reply) ?? reply;
        // "how does X's pledge compare with Y's investment?": each side found in its own sentence. A choice by size
        // ("which is bigger, X's pledge or Y's loan?") asks the figure of both, which one sentence found for it seldom gives.
        if ((reply.Answer.Status == AnswerStatus.Unknown || ComparedSides.ChoosesBySize(t.Q)) && ComparedSides.Answer(t) is { } sides)
            reply = sides;
        // "how many fled?": the answerer found no number of what is asked, but a sentence saying the rest may give one.
        if (reply.Answer.Status == AnswerStatus.Unknown && t.Q.AsksAmount && AmountCheck.Sentence(t) is { } amount && AnswerChecks.Fail(t, amount) is null)
            reply = amount;
        // "how many ferries are running?": a figure set right before the thing counted, in a sentence saying most of the rest.
        if (reply.Answer.Status == AnswerStatus.Unknown && AmountCheck.AttachedFigure(t) is { } attached && AnswerChecks.Fail(t, attached) is null)
            reply = attached;
        // "how much money is the budget?": the sentence found goes on with the sum in the next one ("The sum is ...").
        if (reply.Answer.Status == AnswerStatus.Unknown && t.Q.AsksAmount && AmountCheck.AmountToldOn(t, found) is { } toldOn && AnswerChecks.Fail(t, toldOn) is null)
            reply = toldOn;
        // "how many groups would get mad?": short of a sentence giving a number of them, a list the annotation names so
        // ("opposition groups" of "the two sources of resistance") is counted by its items. Only then: a list of the kinds
        // of drones used counts no drones delivered, which a sentence may give.
        if (reply.Answer.Status == AnswerStatus.Unknown && t.Q.Intent is Intent.Count && found.Fact is { Fact: ListFact }
            && AnswerChecks.Fail(t, found, ownCount: true) is null)
            reply = found;
        // "how long would it take?": a sentence saying the rest may give the length of time.
        if (reply.Answer.Status == AnswerStatus.Unknown && AmountCheck.DurationSentence(t) is { } duration)
            reply = duration;
        // "how many ships is that?": the amount of what was just read, whatever word it counts by.
        if (reply.Answer.Status == AnswerStatus.Unknown && AmountCheck.OfWhatWasRead(t) is { } read)
            reply = read;
        // "how many were charged, and what do they face?": the figure the next sentence gives of them.
        if (t.Q.AsksAmount)
            reply = AmountCheck.WithFigureToldOn(t, reply);
        // "which disputes does it flag?" answered by "the region harbours several disputes": they follow it. Judged as it
        // stands above, so that what follows lends it no number or name it lacks.
        // "what did X do after the battle?" answered by the sentence telling of the battle: what followed comes next.
        if (t.Q.Intent is Intent.List or Intent.General)
            return ItemsAfter.Extend(t, reply, asksForItems: t.Q.Intent is Intent.List || t.Q.Tokens.AnyIn(Vocabulary.AfterWords));
        // "what did they agree on?" answered by "they agreed to the following:": the items follow it, whatever was asked.
        if (t.Q.Intent is not Intent.YesNo && reply.Answer is { Status: AnswerStatus.Answered, Evidence: [.., var rested] }
            && ItemsAfter.Resting(t.Index, rested) is { } last && ItemsAfter.OpensList(t, reply, last))
            return ItemsAfter.Extend(t, reply, asksForItems: false);
        // "who opposes it?" answered by "not everyone agrees": those who don't are named next.
        return HoldersAfter.Extend(t, reply);
    }

    /// <summary>
    /// A question about the sentence just shown: the sentence answers it when it gives what is asked (a date, a place,
    /// a number, a name); otherwise the article doesn't say, whatever other sentences give for other things.
    /// </summary>
    private static Reply FromShown(Turn t, IndexedSentence said)
    {
        if (ContextResolver.AsksWhen(t.Q) && DateText.Find(Text.Tokenizer.Tokens(said.Sentence.Text)) is var date && (date is null || AnswerChecks.AsksFiner(t.Q, date)))
            return Replies.Unknown(t, $"{(date is null ? "The article doesn't say when." : $"The article gives only {date.Describe()}.")} What it says: \"{said.Sentence.Text}\"");
        if (t.Q.Intent is Intent.Source && !ContextResolver.Attributes(said))
            return Replies.Unknown(t, $"The article names no source for that: it tells it in its own words. What it says: \"{said.Sentence.Text}\"");
        var reply = Replies.FromSentence(t, said);
        if (t.Q.ContextVerdict is { } verdict)
            return reply with { Answer = reply.Answer with { Text = $"{verdict} {reply.Answer.Text}" } };
        // A check that finds what is asked in another sentence has left the occasion asked about ("where did that
        // meeting take place?" is not answered by a visit elsewhere): of this one, the article doesn't say it.
        return AnswerChecks.Fail(t, reply) switch
        {
            { Answer.Status: AnswerStatus.Answered } => Replies.Unknown(t, $"The article doesn't say. What it says: \"{said.Sentence.Text}\""),
            { } failed => failed,
            null => reply,
        };
    }

    /// <summary>
    /// "what problems does X face?" is read as a stance question by its words, but asks no one's opinion: with no
    /// stance to give, the facts and sentences at large answer it.
    /// </summary>
    private static Reply Position(Turn t)
    {
        // "how does the article describe X's position?" asks the article's own words first, before what X is read saying.
        if (ArticleHolds(t.Q.Tokens) && OwnView(t) is { Answer.Status: AnswerStatus.Answered } described)
            return described;
        var held = StanceAnswerer.HeldPosition(t);
        if (held.Answer.Status == AnswerStatus.Answered)
            return held;
        if (!t.Q.Tokens.AnyIn(Vocabulary.OpinionWords))
            return GeneralAnswerer.General(t);
        return OwnView(t) is { } own && own.Answer.Status == AnswerStatus.Answered ? own : held;
    }

    /// <summary>
    /// "what is the author's view on Ruritania's gas?", "how does the article describe Ruritania's position?": the view is
    /// the article's own, held in whatever it says of the rest in the question's words, not a view it reports of them.
    /// </summary>
    private static Reply? OwnView(Turn t)
    {
        var (q, index) = (t.Q, t.Index);
        var articleHolds = ArticleHolds(q.Tokens);
        var rest = q.Entities.Where(id => !index.IsAuthor(id)).ToList();
        return rest.Count > 0 && (rest.Count < q.Entities.Count || articleHolds) && !t.IsPerson(rest[0])
            ? GeneralAnswerer.General(t.With(q with { Entities = rest }))
            : null;
    }

    /// <summary>
    /// "does the article describe", "the author's view"; not "according to the article" or "in the piece", which only
    /// say where to look for someone else's view.
    /// </summary>
    private static bool ArticleHolds(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, tokens.Count).Any(i => Vocabulary.OwnWordsOfTheArticle.Contains(tokens[i]) && !(i >= 2 && tokens[i - 2] is "to" or "in"));

    /// <summary>The article's sentence holding a fact's quotation.</summary>
    public static IndexedSentence? OwnWords(KnowledgeIndex index, IndexedFact fact) =>
        index.InParagraph(fact.Fact.Evidence.Paragraph).FirstOrDefault(s => s.Sentence.Text.Contains(fact.Fact.Evidence.Quote, StringComparison.Ordinal));

    /// <summary>
    /// An answerer that finds nothing of its kind is not the last word: a fact or sentence holding every word
    /// of the question may still answer it. Not for questions whose point is a person, a date, an amount or yes/no.
    /// </summary>
    public static Reply? Closest(Turn t)
    {
        var decision = RefusalPolicy.Decide(t.Q);
        var q = decision.Question;
        // A question about the sentence just shown that it does not answer: another sentence holding the same words
        // tells of another occasion.
        if (decision.Refused || q.ContextSentence is not null || q.LacksContext || q.Ambiguous is not null
            || q.Intent is Intent.YesNo or Intent.More or Intent.Help or Intent.Captions or Intent.When || (q.Intent is Intent.Who && q.Tokens[0] == "who")
            // What the article itself gives or lacks (its date, its sections) is no sentence's to answer.
            || (q.Intent is Intent.Source or Intent.About or Intent.Author or Intent.Sections && q.Entities.Count == 0))
            return null;
        t = t.With(q);
        var closest = GeneralAnswerer.Closest(t);
        return closest is null || AnswerChecks.Fail(t, closest) is not null || !SaidBySpeaker(t, closest) || !CountsIfAsked(q, closest) ? null : closest;
    }

    /// <summary>
    /// "what was the exact vote count?": a count asked in other words than "how many" is answered by no sentence without an
    /// amount, however many of the question's words it holds.
    /// </summary>
    private static bool CountsIfAsked(ParsedQuestion q, Reply closest) =>
        q.Intent is not Intent.Count || AmountCheck.HoldsAmount(closest.Answer.Text);

    /// <summary>
    /// "what did X say at the ceremony?": a person's own words, so a sentence answers only with them its subject or
    /// speaker ("X told the crowd", "..., said X"); one where they are welcomed or spoken of says nothing they said. A
    /// state or body speaks through whatever the article says of its stance; the author, in all the article says.
    /// </summary>
    private static bool SaidBySpeaker(Turn t, Reply closest) =>
        t.Q.Intent is not Intent.SpeakerSaid || t.Q.Entities.FirstOrDefault(t.IsActor) is not { } speaker || !t.IsPerson(speaker) || t.Index.IsAuthor(speaker)
        || closest.Answer.Evidence.Any(e => AnswerChecks.ActsIn(t, e.Quote, speaker));

    /// <summary>"when was this written?": the verb's stem is that of "writer", the author's alias, yet the question asks of the article.</summary>
    private static bool NamesTheAuthorOnlyByWriting(Turn t) =>
        t.Q.Entities.All(t.Index.IsAuthor) && t.Q.Mentions.All(m => m.Pronoun is not null
            || (m.Length == 1 && !Vocabulary.AuthorWords.Contains(t.Q.Tokens[m.Start]) && Text.Stemmer.Stem(t.Q.Tokens[m.Start]) == WriteStem));

    private static readonly string WriteStem = Text.Stemmer.Stem("write");

    /// <summary>
    /// "Which countries make the parts?", "which leaders spoke to Jo?": however its verb reads the question, a sentence
    /// naming actors of the kind asked for that says the rest answers it, before one that says the rest of other things.
    /// </summary>
    private static Reply? Kinded(Turn t) =>
        t.Q.Intent is Intent.List or Intent.Who or Intent.General or Intent.Position or Intent.Relation or Intent.SpeakerSaid or Intent.OnDate
            && KindedMembers.Best(t) is { } sentence ? Replies.FromSentence(t, sentence) : null;

    private static Reply ByIntent(Turn t) =>
        t.Q.Intent switch
        {
            Intent.Help => ArticleAnswerer.Help(t, emptyQuestion: false),
            Intent.Captions => ArticleAnswerer.Captions(t),
            Intent.More => MoreAnswerer.More(t),
            Intent.About => ArticleAnswerer.About(t),
            Intent.Author => ArticleAnswerer.Author(t),
            Intent.Sections => ArticleAnswerer.Sections(t),
            // "when was X's report published?" asks about X's report, not about where the article appeared.
            Intent.Source when t.Q.Entities.Count > 0 && !NamesTheAuthorOnlyByWriting(t) => t.Q.Date is not null || t.Q.Tokens.Any(w => w is "when" or "date" or "day" or "year")
                ? TimeAnswerer.When(t) : GeneralAnswerer.General(t),
            Intent.Source => ArticleAnswerer.Source(t),
            Intent.YesNo => YesNoAnswerer.YesNo(t),
            Intent.WhoSaid => SpeechAnswerer.WhoSaid(t),
            Intent.Compare => CompareAnswerer.Compare(t),
            Intent.Relation => CompareAnswerer.Relationship(t),
            Intent.Count or Intent.List => ListAnswerer.Enumerate(t),
            Intent.Why => WhyAnswerer.Why(t),
            Intent.When => TimeAnswerer.When(t),
            Intent.OnDate => TimeAnswerer.OnDate(t),
            Intent.Order => OrderAnswerer.Order(t),
            Intent.SpeakerSaid => SpeechAnswerer.SpeakerSaid(t),
            Intent.Supporters or Intent.Opponents => StanceAnswerer.Supporters(t),
            Intent.Position => Position(t),
            // "what is the danger of X?" parses as asking what X is; what X could bring answers it.
            Intent.Who when t.Q.Tokens[0] == "what" => WhyAnswerer.Consequence(t) ?? WhoAnswerer.Who(t),
            Intent.Who => WhoAnswerer.Who(t),
            _ => GeneralAnswerer.General(t),
        };
}
