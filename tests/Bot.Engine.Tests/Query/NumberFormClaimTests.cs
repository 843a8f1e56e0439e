using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A number the article writes in other words: "twice" is two times, "a quarter century" is 25 years. A claim counting
/// "three times" is checked against "twice", and one whose best fact gives no number is checked against the sentence
/// that gives its amount.
/// </summary>
public sealed class NumberFormClaimTests
{
    private const string Article = """
        Keld Under Pressure

        By Ada Quill | March 4, 2021

        At an emergency summit on Monday, Vossland leaders promised sanctions against Mr Ferro's regime but ruled out mediating in the dispute.

        The grim jail on Keld's harbour played a central role in the crackdown unleashed by Marek Ferro, the governor who has ruled Keld for the past quarter century, to put down the dockers' strike.

        In May alone, Ferro visited the Dorn islands twice to seek their backing.
        """;

    [Theory]
    [InlineData("He has ruled for a quarter century; she visited twice.", "25 2")]
    [InlineData("For a quarter of a century the port thrived.", "25")]
    [InlineData("The ferry sails thrice a week.", "3")]
    public void Numbers_ReadsCountsWrittenAsWords_OfTimesAndOfSpans(string text, string numbers) =>
        Assert.Equal(numbers, string.Join(' ', AmountCheck.Numbers(text)));

    [Theory]
    [InlineData("Ferro has ruled Keld for around 25 years, correct?", "Yes")]
    [InlineData("Did Ferro visit the Dorn islands two times?", "Yes")]
    [InlineData("Did Ferro visit the Dorn islands three times?", "No")]
    public void Ask_ChecksTheClaimsCount_AgainstTheArticlesWordForIt(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Ferro has ruled Keld for around 40 years, correct?")]
    [InlineData("Did Ferro visit the Dorn islands four times?")]
    public void Ask_DoesNotConfirm_AnotherCount(string question) =>
        Assert.False(DraftedArticle.Ask("keld.txt", Article, question).Text.StartsWith("Yes", StringComparison.Ordinal));
}
