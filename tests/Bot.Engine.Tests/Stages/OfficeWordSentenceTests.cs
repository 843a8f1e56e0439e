using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A yes/no claim naming an office by its plain word ("the president's veto") is checked against a sentence that says
/// that word's family ("the presidential veto"), though reading the article left the word there unlinked to the office.
/// </summary>
public sealed class OfficeWordSentenceTests
{
    private const string Article = """
        Moldova Drifts From Its Allies

        By Ada Quill | March 4, 2021

        Thousands of protesters as well as the president of Moldova argue that the port bill resembles a law of Borduria.

        Prime Minister Ivo Tarn has dismissed the protests as foreign-funded.

        The Unity Party of Ivo Tarn won a large majority in the election of 2020.

        Recently, the parliament bypassed the presidential veto over the so-called “port law” which exempts investors from taxes until 2030.

        Critics say the law invites money laundering.
        """;

    [Theory]
    [InlineData("Did the parliament overrule the president's veto on the port law?")]
    [InlineData("Did the parliament override the president's veto on the port law?")]
    public void Ask_ConfirmsAClaim_WhenTheSentenceSaysTheOfficeWordsFamily(string question)
    {
        var answer = DraftedArticle.Ask("tarn.txt", Article, question).Text;
        Assert.StartsWith("Yes", answer, StringComparison.Ordinal);
        Assert.Contains("bypassed the presidential veto", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did the protesters overrule the president's veto on the port law?")]
    public void Ask_StaysUnsure_WhenTheClaimsOtherNameIsNotInTheSentence(string question) =>
        Assert.StartsWith("The article doesn't say", DraftedArticle.Ask("tarn.txt", Article, question).Text, StringComparison.Ordinal);
}
