using Bot.Engine.Loading;

namespace Bot.Engine.Tests.Loading;

public sealed class BylineTests
{
    [Theory]
    [InlineData("By Ada Writer", "Ada Writer", new string[0])]
    [InlineData("  • By Ada Writer", "Ada Writer", new string[0])]
    [InlineData("By Ada Writer | The Harbour Times | May 2, 2025", "Ada Writer", new[] { "The Harbour Times", "May 2, 2025" })]
    [InlineData("By Ada Writer · Valley Post · 3 June 2024", "Ada Writer", new[] { "Valley Post", "3 June 2024" })]
    [InlineData("By Ada Writer • Valley Post", "Ada Writer", new[] { "Valley Post" })]
    [InlineData("By Ada Writer - Coastal Review - March 2023", "Ada Writer", new[] { "Coastal Review", "March 2023" })]
    [InlineData("By Ada Writer — Coastal Review", "Ada Writer", new[] { "Coastal Review" })]
    [InlineData("May 2, 2025 | By Ada Writer and Bo Reyes | The Harbour Times", "Ada Writer and Bo Reyes", new[] { "May 2, 2025", "The Harbour Times" })]
    [InlineData("The Harbour Times | By Ada Writer-Lund", "Ada Writer-Lund", new[] { "The Harbour Times" })]
    [InlineData("By Ada Writer, Harbour correspondent, HTV News, May 2025", "Ada Writer", new[] { "Harbour correspondent", "HTV News", "May 2025" })]
    [InlineData("By Ada Writer, Bo Reyes and Cy Lund, The Harbour Times", "Ada Writer, Bo Reyes and Cy Lund", new[] { "The Harbour Times" })]
    [InlineData("By Ada Writer, Senior Correspondent", "Ada Writer", new[] { "Senior Correspondent" })]
    [InlineData("By Ada Writer, Ana de la Cruz, Valley Post", "Ada Writer, Ana de la Cruz", new[] { "Valley Post" })]
    [InlineData("By Ada Writer, et al.", "Ada Writer, et al.", new string[0])]
    public void Author_ReadsTheAuthorsApartFromOutletAndDate_WhenTheBylineSeparatesThem(string line, string author, string[] others)
    {
        Assert.Equal(author, Bylines.Author(line));
        Assert.Equal(others, Bylines.Others(line));
    }

    [Theory]
    [InlineData("By the end of the year, the ferry ran twice a day.")]
    [InlineData("The Harbour Times | May 2, 2025")]
    [InlineData("Ferries run daily.")]
    public void Author_IsNull_WhenNoPartOfTheLineNamesAnAuthor(string line) =>
        Assert.Null(Bylines.Author(line));

    [Theory]
    [InlineData("The Harbour Times | May 2, 2025", true)]
    [InlineData("The Harbour Review (Coast section, unsigned) | November 20th 2025", true)]
    [InlineData("Reuters · 3 June 2025", true)]
    [InlineData("By Ada Writer | May 2, 2025", false)]
    [InlineData("The Harbour Times | Coast Desk", false)]
    [InlineData("Ferries run daily.", false)]
    [InlineData("On May 2, 2025 the council met to discuss the ferry - and the port closed its gates to all traffic.", false)]
    public void IsUnsigned_IsTrue_ForALineOfShortPartsWithADateAndNoAuthor(string line, bool expected) =>
        Assert.Equal(expected, Bylines.IsUnsigned(line));
}
