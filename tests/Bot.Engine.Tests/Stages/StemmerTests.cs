using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>The suffix stripper: word forms that must meet, and words it must leave apart or alone.</summary>
public sealed class StemmerTests
{
    [Theory]
    [InlineData("skip", "skipped")]
    [InlineData("win", "won")]
    [InlineData("fight", "fought")]
    [InlineData("lose", "lost")]
    [InlineData("begin", "began")]
    [InlineData("written", "writes")]
    [InlineData("fellow", "fellowship")]
    [InlineData("relation", "relationship")]
    [InlineData("partner", "partnerships")]
    [InlineData("plan", "planning")]
    [InlineData("specialization", "specializing")]
    [InlineData("organization", "organized")]
    [InlineData("call", "called")]
    [InlineData("pass", "passed")]
    [InlineData("deploy", "deployment")]
    [InlineData("deploy", "deployments")]
    [InlineData("deploy", "deployed")]
    [InlineData("deploy", "deploying")]
    [InlineData("deploy", "deploys")]
    [InlineData("extremist", "extremism")]
    [InlineData("extremist", "extreme")]
    [InlineData("extremist", "extremists")]
    [InlineData("resist", "resisted")]
    [InlineData("resist", "resists")]
    [InlineData("resist", "resisting")]
    [InlineData("comment", "comments")]
    [InlineData("country", "countries")]
    [InlineData("deny", "denied")]
    [InlineData("harbour", "harbours")]
    [InlineData("president", "presidential")]
    [InlineData("finance", "financial")]
    [InlineData("military", "militarily")]
    [InlineData("necessary", "necessarily")]
    [InlineData("leader", "lead")]
    [InlineData("transfer", "transferred")]
    [InlineData("boycott", "boycotted")]
    [InlineData("boycotts", "boycotted")]
    [InlineData("answer", "answered")]
    [InlineData("deliver", "delivering")]
    [InlineData("enter", "entered")]
    [InlineData("considering", "consideration")]
    [InlineData("consider", "considered")]
    public void Stem_GivesTheSameStem_WhenTwoFormsOfOneWord(string a, string b) =>
        Assert.Equal(Stemmer.Stem(a), Stemmer.Stem(b));

    [Theory]
    [InlineData("long-lasting", "longlasting")]
    [InlineData("de-escalate", "deescalating")]
    [InlineData("cease-fire", "ceasefires")]
    public void Stem_GivesAHyphenatedWordTheStemOfItsWhole_WhenAWordListSpellsItWithAHyphen(string listed, string whole) =>
        Assert.Equal(Stemmer.Stem(whole), Stemmer.Stem(listed));

    [Theory]
    [InlineData("blog", "blogger")]
    [InlineData("comment", "come")]
    [InlineData("comment", "com")]
    [InlineData("resist", "res")]
    [InlineData("exist", "ex")]
    [InlineData("thing", "th")]
    [InlineData("bring", "br")]
    [InlineData("need", "ne")]
    [InlineData("office", "official")]
    [InlineData("leave", "left")]
    [InlineData("find", "found")]
    [InlineData("offer", "off")]
    [InlineData("hardship", "hard")]
    public void Stem_KeepsWordsApart_WhenAShortRestWouldBeLeft(string a, string b) =>
        Assert.NotEqual(Stemmer.Stem(a), Stemmer.Stem(b));

    [Theory]
    [InlineData("deployment", "deploy")]
    [InlineData("extremist", "extrem")]
    [InlineData("resist", "resist")]
    [InlineData("resists", "resist")]
    [InlineData("exist", "exist")]
    [InlineData("comment", "comment")]
    [InlineData("come", "com")]
    [InlineData("countries", "country")]
    [InlineData("organizations", "organ")]
    [InlineData("class", "class")]
    [InlineData("status", "status")]
    [InlineData("analysis", "analysis")]
    [InlineData("thing", "thing")]
    [InlineData("the", "the")]
    [InlineData("bus", "bus")]
    [InlineData("2019", "2019")]
    [InlineData("b4", "b4")]
    public void Stem_ReturnsThisStem_ForEachWord(string word, string expected) =>
        Assert.Equal(expected, Stemmer.Stem(word));

    [Theory]
    [InlineData("announce", "announcement")]
    [InlineData("announced", "announcement")]
    [InlineData("agree", "agreement")]
    [InlineData("settle", "settlement")]
    public void Stem_GivesTheSameStem_WhenANounEndsInEment(string verb, string noun) =>
        Assert.Equal(Stemmer.Stem(verb), Stemmer.Stem(noun));
    [Theory]
    [InlineData("neutral", "neutrality")]
    [InlineData("brutal", "brutality")]
    [InlineData("active", "activity")]
    [InlineData("active", "activities")]
    [InlineData("ethnic", "ethnicity")]
    [InlineData("popular", "popularity")]
    [InlineData("stable", "stability")]
    [InlineData("able", "ability")]
    [InlineData("responsible", "responsibilities")]
    [InlineData("constitution", "constitutional")]
    [InlineData("constitution", "constitutionality")]
    [InlineData("institution", "institutionally")]
    [InlineData("nation", "nationality")]
    [InlineData("effective", "effectiveness")]
    [InlineData("aware", "awareness")]
    [InlineData("supply", "supplies")]
    [InlineData("dangerous", "dangerously")]
    [InlineData("historic", "historically")]
    public void Stem_GivesTheSameStem_WhenANounOrAdverbIsBuiltOnAnAdjectiveOrNoun(string word, string derived) =>
        Assert.Equal(Stemmer.Stem(word), Stemmer.Stem(derived));

    [Theory]
    [InlineData("internal", "international")]
    [InlineData("city", "cite")]
    [InlineData("morality", "more")]
    [InlineData("traditional", "trade")]
    [InlineData("author", "authority")]
    [InlineData("major", "majority")]
    [InlineData("quality", "qual")]
    public void Stem_KeepsWordsApart_WhenANounIsNotBuiltOnTheShorterWord(string a, string b) =>
        Assert.NotEqual(Stemmer.Stem(a), Stemmer.Stem(b));
}
