using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>The word lists: opposites both ways and several per word, chat spellings read as words, month names.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Opposites_HoldEveryPairBothWays_ForTheWholeMap()
    {
        var oneWay = Vocabulary.Opposites.SelectMany(p => p.Value.Select(o => (p.Key, o)))
            .Where(pair => !Vocabulary.OppositesOf(pair.o).Contains(pair.Key)).ToList();

        Assert.NotEmpty(Vocabulary.Opposites);
        Assert.Empty(oneWay);
    }

    [Fact]
    public void Thesaurus_HoldsNoGroupFromItsComments()
    {
        Assert.DoesNotContain(Vocabulary.Thesaurus, group => group.Any(word => word.Contains('#') || word.Contains(' ')));
    }

    [Theory]
    [InlineData("increase", "decrease")]
    [InlineData("support", "oppose")]
    [InlineData("accept", "reject")]
    [InlineData("confirm", "deny")]
    [InlineData("attend", "cancel")]
    [InlineData("before", "after")]
    [InlineData("similar", "differ")]
    [InlineData("temporary", "enduring")]
    [InlineData("happy", "opposition")]
    [InlineData("small", "dominates")]
    [InlineData("tiny", "overwhelmingly")]
    [InlineData("minority", "dominates")]
    [InlineData("deepen", "downgrade")]
    [InlineData("passive", "resistance")]
    [InlineData("easily", "trouble")]
    [InlineData("openly", "secretly")]
    [InlineData("risen", "slashed")]
    [InlineData("achieved", "unable")]
    [InlineData("achieve", "failed")]
    [InlineData("acquiesce", "resist")]
    [InlineData("sunni", "alawi")]
    [InlineData("backing", "resistance")]
    [InlineData("certain", "cautiously")]
    [InlineData("real", "artificial")]
    [InlineData("settled", "unresolved")]
    [InlineData("rapprochement", "rift")]
    [InlineData("voluntary", "forced")]
    [InlineData("looting", "peaceful")]
    [InlineData("keep", "dismiss")]
    [InlineData("retain", "oust")]
    [InlineData("loyalty", "defection")]
    [InlineData("fragile", "robust")]
    [InlineData("largest", "smallest")]
    [InlineData("tension", "harmony")]
    [InlineData("caught", "fled")]
    [InlineData("arrested", "escaped")]
    [InlineData("finish", "lasting")]
    [InlineData("required", "optional")]
    [InlineData("advocate", "refrain")]
    [InlineData("substantial", "negligible")]
    [InlineData("soon", "lasting")]
    [InlineData("entirely", "partly")]
    [InlineData("unopposed", "contested")]
    [InlineData("intact", "shattered")]
    [InlineData("eager", "reluctant")]
    [InlineData("growing", "dwindling")]
    [InlineData("continued", "withdrew")]
    [InlineData("defence", "passive")]
    [InlineData("slow", "immediate")]
    [InlineData("normal", "unthinkable")]
    [InlineData("enough", "short")]
    [InlineData("cheered", "disgruntled")]
    [InlineData("low-level", "heavyweight")]
    [InlineData("prominently", "scant")]
    [InlineData("neglect", "invest")]
    [InlineData("short-lived", "sustained")]
    public void OppositesOf_FindsTheOtherWord_FromEitherSideOfAPair(string a, string b)
    {
        Assert.Contains(Stemmer.Stem(b), Vocabulary.OppositesOf(Stemmer.Stem(a)));
        Assert.Contains(Stemmer.Stem(a), Vocabulary.OppositesOf(Stemmer.Stem(b)));
    }

    [Theory]
    [InlineData("increase", "reduce|decrease")]
    [InlineData("reduce", "increase|expand|expansion|strengthen")]
    [InlineData("refuse", "agree|accept|join|open")]
    [InlineData("enduring", "temporary|end|fade")]
    [InlineData("end", "enduring|begin|start")]
    [InlineData("deny", "confirm|admit")]
    [InlineData("weaken", "strengthen|bolster")]
    public void OppositesOf_KeepsEveryOpposite_WhenAWordHasSeveral(string word, string opposites) =>
        Assert.All(opposites.Split('|').Select(Stemmer.Stem), o => Assert.Contains(o, Vocabulary.OppositesOf(Stemmer.Stem(word))));

    [Theory]
    [InlineData("harbour")]
    [InlineData("")]
    public void OppositesOf_ReturnsNothing_WhenTheWordHasNoOpposite(string word) =>
        Assert.Empty(Vocabulary.OppositesOf(word));

    [Theory]
    [InlineData("diff", "difference")]
    [InlineData("y", "why")]
    [InlineData("wat", "what")]
    [InlineData("bc", "because")]
    [InlineData("govt", "government")]
    [InlineData("b4", "before")]
    [InlineData("hes", "he")]
    [InlineData("yrs", "years")]
    [InlineData("tryna", "trying")]
    [InlineData("actualy", "actually")]
    [InlineData("dis", "this")]
    public void ChatSpellings_StandForTheirWords_ForEachSpelling(string spelling, string word) =>
        Assert.Equal(word, Vocabulary.ChatSpellings[spelling]);

    [Theory]
    [InlineData("y did greenwick refuse?", "why did greenwick refuse", nameof(Intent.Why))]
    [InlineData("whats the diff between roe and hale", "whats the difference between roe and hale", nameof(Intent.Compare))]
    [InlineData("wat did hale say", "what did hale say", nameof(Intent.SpeakerSaid))]
    [InlineData("did roe want to dredge b4 greenwick refused", "did roe want to dredge before greenwick refused", nameof(Intent.YesNo))]
    [InlineData("did roe want to dredge for 2 yrs", "did roe want to dredge for 2 years", nameof(Intent.YesNo))]
    [InlineData("wat did hale actualy say", "what did hale actually say", nameof(Intent.SpeakerSaid))]
    public void Parse_ReadsChatSpellingsAsWords_WhenTypedInLowercase(string question, string words, string intent)
    {
        var parsed = QuestionParser.Parse(StageIndex.Harbour, question);

        Assert.Equal(words, parsed.Words);
        Assert.Equal(intent, parsed.Intent.ToString());
    }

    [Theory]
    [InlineData("who tf is hale")]
    [InlineData("wtf did hale say")]
    public void Parse_LeavesAChatExpletiveOutOfTheAskedWords(string question) =>
        Assert.DoesNotContain(QuestionParser.Parse(StageIndex.Harbour, question).Residual, w => w.Contains('f'));

    [Theory]
    [InlineData("why hes against the dredging", "why he against the dredging")]
    [InlineData("wat shes saying about the harbour", "what she saying about the harbour")]
    [InlineData("why theyre against the dredging", "why they against the dredging")]
    public void Parse_ReadsAPronounTypedWithoutItsApostrophe_AsThePronoun(string question, string words)
    {
        var parsed = QuestionParser.Parse(StageIndex.Harbour, question);

        Assert.Equal(words, parsed.Words);
        Assert.Contains(parsed.Mentions, m => m.Start == 1 && m.Pronoun is not null);
    }

    [Theory]
    [InlineData("what did the GOV say", "what did the gov say")]
    [InlineData("is ORG on the harbour", "is org on the harbour")]
    [InlineData("what did R say", "what did r say")]
    public void Parse_KeepsAName_WhenTypedInCapitals(string question, string words) =>
        Assert.Equal(words, QuestionParser.Parse(StageIndex.Harbour, question).Words);

    [Theory]
    [InlineData("Diff between Roe and Hale?", "difference between roe and hale")]
    [InlineData("Wat did Hale say?", "what did hale say")]
    public void Parse_ReadsAChatSpelling_WhenOnlyItsFirstLetterIsCapital(string question, string words) =>
        Assert.Equal(words, QuestionParser.Parse(StageIndex.Harbour, question).Words);

    [Theory]
    [InlineData("may", 5)]
    [InlineData("mar", 3)]
    [InlineData("sept", 9)]
    [InlineData("sep", 9)]
    [InlineData("december", 12)]
    public void MonthNames_GiveTheMonthNumber_ForFullAndShortNames(string name, int month) =>
        Assert.Equal(month, Vocabulary.MonthNames[name]);

    [Fact]
    public void Thesaurus_KeepsOppositesOutOfEveryGroup_SoNoWordStandsForItsOpposite()
    {
        var clashes = Vocabulary.Thesaurus
            .SelectMany(group => group.Select(Stemmer.Stem).SelectMany(a => group.Select(Stemmer.Stem).Where(b => Vocabulary.OppositesOf(a).Contains(b)).Select(b => $"{a}/{b}")))
            .ToList();

        Assert.True(Vocabulary.Thesaurus.Count > 500);
        Assert.All(Vocabulary.Thesaurus, group => Assert.True(group.Length > 1));
        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("policy", "approach")]
    [InlineData("car", "automobile")]
    [InlineData("making", "manufacturing")]
    [InlineData("problem", "shortcoming")]
    [InlineData("few", "several")]
    [InlineData("relent", "acquiesce")]
    [InlineData("excuse", "pretext")]
    [InlineData("track", "trajectory")]
    [InlineData("contacts", "link")]
    [InlineData("lately", "recently")]
    [InlineData("threshold", "ceiling")]
    [InlineData("mad", "opposed")]
    [InlineData("continue", "endure")]
    [InlineData("languid", "sluggish")]
    [InlineData("stalemate", "impasse")]
    [InlineData("alignment", "solidarity")]
    [InlineData("vet", "veteran")]
    [InlineData("clampdown", "crackdown")]
    [InlineData("stop", "pause")]
    [InlineData("demonstrate", "showcase")]
    [InlineData("defected", "defections")]
    [InlineData("reiteration", "restate")]
    [InlineData("forum", "venue")]
    [InlineData("line", "stance")]
    [InlineData("latterly", "recently")]
    [InlineData("biggest", "largest")]
    [InlineData("friction", "discord")]
    [InlineData("troubles", "crisis")]
    [InlineData("incursion", "intervention")]
    [InlineData("fragile", "brittleness")]
    [InlineData("listen", "heed")]
    [InlineData("talkin", "speak")]
    [InlineData("pic", "photo")]
    [InlineData("gold", "golden")]
    [InlineData("undone", "reversed")]
    [InlineData("kicked", "dismissed")]
    [InlineData("aliases", "pseudonyms")]
    [InlineData("tapes", "recordings")]
    [InlineData("detectives", "investigators")]
    [InlineData("embezzled", "siphoned")]
    [InlineData("custody", "detained")]
    [InlineData("possess", "own")]
    [InlineData("credentials", "degree")]
    [InlineData("scandal", "controversy")]
    [InlineData("voices", "opinion")]
    [InlineData("academic", "university")]
    [InlineData("degree", "doctorate")]
    [InlineData("senior", "high-profile")]
    [InlineData("unstoppable", "irresistible")]
    [InlineData("protect", "protection")]
    [InlineData("resist", "resistance")]
    [InlineData("threaten", "promise")]
    [InlineData("cornerstone", "pillar")]
    [InlineData("allegedly", "reportedly")]
    [InlineData("chips", "semiconductors")]
    [InlineData("euro", "european")]
    [InlineData("brit", "british")]
    [InlineData("russo", "russian")]
    [InlineData("hq", "headquarters")]
    [InlineData("grab", "intercept")]
    [InlineData("timeframe", "timescale")]
    [InlineData("stakeholders", "parties")]
    [InlineData("repercussions", "fallout")]
    [InlineData("takeaway", "upshot")]
    [InlineData("presence", "footprint")]
    [InlineData("participated", "involvement")]
    [InlineData("titled", "entitled")]
    [InlineData("prez", "president")]
    [InlineData("doin", "doing")]
    [InlineData("effective", "working")]
    [InlineData("readiness", "preparedness")]
    [InlineData("join", "member")]
    public void Thesaurus_GroupsTwoWords_WhenTheyShareASense(string a, string b) =>
        Assert.Contains(Vocabulary.Thesaurus, group => group.Contains(a) && group.Contains(b));

    [Theory]
    [InlineData("some", "all")]
    [InlineData("attack", "defend")]
    [InlineData("call", "demand")]
    [InlineData("deal", "engagement")]
    [InlineData("last", "previous")]
    [InlineData("robust", "lasting")]
    [InlineData("official", "formal")]
    [InlineData("student", "candidate")]
    [InlineData("called", "titled")]
    [InlineData("caught", "arrested")]
    [InlineData("headline", "title")]
    [InlineData("status", "situation")]
    public void Thesaurus_KeepsTwoWordsApart_WhenOneWouldChangeTheAnswerOfTheOther(string a, string b) =>
        Assert.DoesNotContain(Vocabulary.Thesaurus, group => group.Contains(a) && group.Contains(b));

    [Theory]
    [InlineData("narrow", "overwhelming")]
    [InlineData("approve", "veto")]
    public void OppositesOf_ReadsPairsFromTheDataFile(string a, string b) =>
        Assert.Contains(Stemmer.Stem(b), Vocabulary.OppositesOf(Stemmer.Stem(a)));
}
