using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A true claim put in other general words than the article's: a verb with its particle ("taken out", "allowed back"),
/// a near-synonym ("arm" for "equip", "moved" for "rotated"), another superlative ranking the same thing first
/// ("biggest" for "top", "most significant"), or a description for a name ("call it an act of war" of "describe it as"),
/// is confirmed; a superlative the text gives another thing, or ranks below the first, is not, nor is "call" naming nothing.
/// </summary>
public sealed class ParaphrasedClaimTests
{
    private const string Article = """
        Old Tanks, New Friends

        By Ada Quill | March 4, 2021

        Ruritania keeps the largest tank reserve in the region, and its generals take part in every parade.

        The Union will transfer weapons to its allies, and the government is ready to welcome the exiles back.

        Some of its oldest tanks have been removed from storage to equip the rebel forces in Borduria.

        In April, Ivo Tarn flew to Dravo and was let in, only to be swiftly thrown in jail.

        The port deal marked the most significant Union strategic foothold in the region since the war.

        As enemy assaults have faltered, the Bordurian army has seized the initiative to make gains near Dravo.

        Last year Ada Brell was rotated out from her post as defence minister to become a presidential aide.

        The Union called for calm. Second, the Kremlin focuses on the provocation of its neighbours in imposing sanctions, with Ada Brell describing the sanctions against her country as akin to an act of war.

        Similarly, Kestria's supply of military equipment to Borduria has done far more to influence the region than years of Union peacekeeping.
        """;

    [Theory]
    [InlineData("Were the oldest tanks really taken out of storage to arm the rebels in Borduria?")]
    [InlineData("Was Ivo Tarn actually allowed back into Dravo before being jailed?")]
    [InlineData("Was the port deal the Union's biggest strategic foothold in the region since the war?")]
    [InlineData("did the bordurian army actually win back ground near dravo")]
    [InlineData("Was Ada Brell moved out of the defence ministry into a job advising the president?")]
    [InlineData("so did ada brell basically call the sanctions an act of war")]
    public void Ask_ConfirmsTheClaim_WhenTheArticleSaysItInOtherWords(string question)
    {
        var answer = DraftedArticle.Ask("tanks.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    private const string Partners = """
        Trade Routes

        By Ada Quill | March 4, 2021

        Afghanistan keeps the largest markets in the region.

        Against this backdrop, Iran is simultaneously building a railroad in Afghanistan and is Afghanistan's top trading partner.
        """;

    [Theory]
    [InlineData("is iran afghanistans biggest trade partner")]
    [InlineData("Is Iran Afghanistan's biggest trade partner?")]
    public void Ask_ConfirmsTheClaim_WhenTheArticleRanksItFirstByAnotherSuperlative(string question)
    {
        var answer = DraftedArticle.Ask("trade.txt", Partners, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    private const string Rivals = """
        Trade Routes

        By Ada Quill | March 4, 2021

        Afghanistan keeps the largest markets in the region.

        Pakistan is only one of Afghanistan's top trading partners, and China's top diplomats say it is Afghanistan's partner in trade.
        """;

    [Theory]
    [InlineData("Is Pakistan Afghanistan's biggest trade partner?")]
    [InlineData("Is China Afghanistan's biggest trade partner?")]
    public void Ask_DoesNotConfirm_WhenTheSuperlativeRanksAnotherThingOrBelowTheFirst(string question)
    {
        var answer = DraftedArticle.Ask("trade.txt", Rivals, question);

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }

    [Theory]
    [InlineData("did ada brell call for sanctions")]
    [InlineData("did ada brell call the president")]
    public void Ask_DoesNotConfirm_WhenTheClaimCallsNoNameThatADescriptionGives(string question)
    {
        var answer = DraftedArticle.Ask("tanks.txt", Article, question);

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void Ask_ShowsWhatTheArticleSays_WhenAClaimNamesAnotherCountryAndSaysTheRestInOtherWords()
    {
        var answer = DraftedArticle.Ask("tanks.txt", Article, "The article credits Germany's arms deliveries to Borduria with more influence than Union peacekeeping, yes?");

        Assert.True(answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains("Kestria", StringComparison.Ordinal), answer.Text);
    }
}
