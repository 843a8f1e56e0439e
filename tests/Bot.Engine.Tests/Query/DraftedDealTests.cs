using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A deal between two states the gazetteer lacks, on an article drafted at load: how long the deal or a strike runs, when
/// the last dispute was, which state's capital is which, and who an official named after their title is.
/// </summary>
public sealed class DraftedDealTests
{
    private const string Text =
        "Kestria and Morland sign pipeline deal\nBy Ada Quill\n\n"
        + "TALBURG, 14 March 2025 - Kestria and Morland signed a gas transit deal on Thursday. The deal runs for 25 years.\n\n"
        + "The deal, signed in Talburg, the Kestrian capital, commits Morland to pumping gas through Kestrian territory. Diplomats said Kestria agreed to cut its fee.\n\n"
        + "Exports fell in 2024, "
        + "according to the statistics office in Velden, the Morlish capital.\n\n"
        + "Pipeline workers in Kestria will strike for ten days from 20 March, the union said, and Kestria agreed to meet them.\n\n"
        + "Kestria's Transport Minister, Petr Holub, announced in Talburg on Friday that a second pipeline would be built by 2030.\n";

    [Theory]
    [InlineData("How long is the deal for?", "25 years")]
    [InlineData("How long will the strike last?", "ten days")]
    [InlineData("What is the capital of Kestria?", "Talburg")]
    [InlineData("What is the capital of Morland?", "Velden")]
    public void Ask_Answers_QuestionsOnADealBetweenTwoStates(string question, string expected)
    {
        var answer = DraftedArticle.Ask("deal.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DatesTheSubject_ByTheDateOfAnAsideAboutIt()
    {
        const string disputes = "Old rivals\nBy Ada Quill\n\nThe dispute began in April 2023, when Kestria raised its fee.\n\n"
            + "The last major dispute between the two neighbours, over a border crossing in 2017, lasted six months.\n";

        var answer = DraftedArticle.Ask("disputes.txt", disputes, "When was the last big dispute?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("2017", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LeadsWithTheTitle_WhenAskedWhoAnOfficialNamedAfterItIs()
    {
        var answer = DraftedArticle.Ask("deal.txt", Text, "Who is Petr Holub?");

        Assert.StartsWith("Petr Holub: Kestria's Transport Minister", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long will the strike last", 5, true)]
    [InlineData("how long did the talks run for", 5, true)]
    [InlineData("how long did the last dispute go on", 4, false)]
    [InlineData("is this gonna last", 3, false)]
    [InlineData("what happened last year", 2, false)]
    public void LastsAsked_TellsTheVerbOfAQuestionOfHowLong(string question, int at, bool expected) =>
        Assert.Equal(expected, Words.LastsAsked(question.Split(' '), at));

    [Theory]
    [InlineData("how long is the deal for", 4, true)]
    [InlineData("who signed this deal", 3, true)]
    [InlineData("whats the deal with morland", 2, false)]
    [InlineData("is it a big deal", 4, false)]
    public void NamesAgreement_TellsADealNamedFromPhrasing(string question, int at, bool expected) =>
        Assert.Equal(expected, Words.NamesAgreement(question.Split(' '), at));
}
