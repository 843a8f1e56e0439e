using Bot.Engine.Query.Answerers;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>Lookups worked out once per index or explanation: they must give what a scan of the whole list gives.</summary>
public sealed class SentencePlacesTests
{
    [Fact]
    public void InParagraph_HoldsThatParagraphsSentences_InTheIndexOrder()
    {
        var paragraphs = Harbour.Sentences.Select(s => s.Sentence.Paragraph).Distinct().Append(-5).Append(10_000);

        Assert.All(paragraphs, p => Assert.Equal(Harbour.Sentences.Where(s => s.Sentence.Paragraph == p), Harbour.InParagraph(p)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(2)]
    public void Beside_GivesTheSentenceThatFarAlongInItsArticle_ForTheIndexsOwnSentenceAndACopy(int offset)
    {
        var sentences = Harbour.Sentences;
        for (var at = 0; at < sentences.Count; at++)
        {
            var there = at + offset;
            var expected = there >= 0 && there < sentences.Count && ReferenceEquals(sentences[there].Article, sentences[at].Article) ? sentences[there] : null;
            Assert.Same(expected, Harbour.Beside(sentences[at], offset));
            Assert.Same(expected, Harbour.Beside(sentences[at] with { }, offset));
        }
    }

    [Fact]
    public void ReasonsAsFacts_NumbersEachReasonWithItsOwnEvidence_AndMakesThemOnce()
    {
        var explanation = Fact("why-greenwick-refused");

        var reasons = WhyAnswerer.ReasonsAsFacts(explanation);

        Assert.Equal(["(1) Its fishing industry depends on the oyster beds.", "(2) It has an old rivalry with Port Alder."], reasons.Select(r => r.Fact.Text));
        Assert.Equal(["its fishing industry, which depends on the oyster beds", "an old rivalry with Port Alder"], reasons.Select(r => r.Fact.Evidence.Quote));
        Assert.Same(reasons, WhyAnswerer.ReasonsAsFacts(explanation));
    }
}
