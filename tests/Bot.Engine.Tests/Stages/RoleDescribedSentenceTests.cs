using Bot.Engine.Extraction;
using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Mara Lind's husband is due to be released", "what its envoy to Kessia called ...": a sentence that calls someone by
/// the role the article gives them, after a determiner or after whose it is, speaks of them though it never names them.
/// </summary>
public sealed class RoleDescribedSentenceTests
{
    private const string Text = "Harbour Row\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Mara Lind, a lawyer, leads the protests. Her husband, Oren Vass, was jailed after refusing to testify.\n\n"
        + "“We are far from a deal,” said Piet Arno, the Lakeside Union’s envoy to Kessia.\n\n"
        + "Mara Lind's husband is due to be released on 4 June. "
        + "The union's annual report delivered what its envoy to Kessia called grim findings. "
        + "The envoy of Borduria stayed away.\n";

    private static IndexedSentence Sentence(KnowledgeIndex index, string opening) =>
        index.Sentences.Single(s => s.Sentence.Text.StartsWith(opening, StringComparison.Ordinal));

    [Theory]
    [InlineData("Mara Lind's husband is due", "Oren Vass")]
    [InlineData("The union's annual report", "Piet Arno")]
    public void Mentioned_HoldsTheOneHolder_OfARoleTheSentenceCallsThemBy(string opening, string person)
    {
        var index = new KnowledgeIndex(new KnowledgeBase([ArticleExtractor.Extract("harbour", "harbour.txt", Text)]));
        var id = index.Entities.Values.Single(e => e.Name == person).Id;

        Assert.Contains(id, Sentence(index, opening).Mentioned);
    }

    [Fact]
    public void Mentioned_LeavesOutTheHolder_WhenTheSentenceSaysWhoseRoleItIs()
    {
        var index = new KnowledgeIndex(new KnowledgeBase([ArticleExtractor.Extract("harbour", "harbour.txt", Text)]));
        var id = index.Entities.Values.Single(e => e.Name == "Piet Arno").Id;

        Assert.DoesNotContain(id, Sentence(index, "The envoy of Borduria").Mentioned);
    }

    [Theory]
    [InlineData("Who is Oren Vass?", "When will he be released?", "4 June")]
    [InlineData("Who is Piet Arno?", "What did he say about the annual report?", "grim findings")]
    public void Ask_FindsWhatASentenceTellsOfSomeone_ByTheirRoleAlone(string first, string question, string expected)
    {
        var answer = DraftedArticle.Converse("harbour.txt", Text, first, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
