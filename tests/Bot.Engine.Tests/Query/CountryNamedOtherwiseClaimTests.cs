using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A yes/no claim naming a country by a short form the article never writes ("the UAE flag?") of an article giving
/// its full name ("owned by a firm incorporated in the United Arab Emirates"): the claim is about a country the article does mention,
/// checked against what it says of it, not refused as about one it never names.
/// </summary>
public sealed class CountryNamedOtherwiseClaimTests
{
    private const string Text =
        "The ghost ship of Port Lorvik\nBy Ada Quill\n\n"
        + "In January the trawler Silver Gull snapped a data line off Port Lorvik. "
        + "The Silver Gull is owned by a firm incorporated in the United Arab Emirates and sails under a Panamanian flag.\n\n"
        + "Velmorian police have not yet said whether the damage was deliberate.\n";

    [Theory]
    [InlineData("Was the Silver Gull flying the UAE flag?")]
    [InlineData("was the silver gull flying the uae flag")]
    public void Ask_ChecksTheClaimAgainstWhatTheArticleSaysOfTheCountry(string question)
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text, question);

        Assert.StartsWith("No", answer.Text, StringComparison.Ordinal);
        Assert.Contains("United Arab Emirates", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StillFindsNothingOfACountryTheArticleNeverNames()
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Text, "Was the Silver Gull flying a Qatari flag?");

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
