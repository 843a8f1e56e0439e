using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims whose office the article gives otherwise ("signed by the president?" of "the speaker signed"): an office is a
/// slot as a name is, so a sentence saying the rest with another office beside the same words answers no. A title
/// before a name ("President Jo Marsh") only says who the name is, and a claim of what someone is may name any office.
/// </summary>
public sealed class OfficeSlotTests
{
    private const string Article = """
        Harbour Law

        By Ada Quill | March 4, 2021

        After weeks of protests, the speaker of Ruritania's parliament signed off the harbour law on 3 May.

        President Jo Marsh of Ruritania vetoed the fishing bill in June.

        Borduria's foreign minister toured the new harbour in April.
        """;

    /// <summary>An article where the office is itself one of the actors: "the president of Ruritania" argues.</summary>
    private const string ActorArticle = """
        Harbour Law

        By Ada Quill | March 4, 2021

        After weeks of protests, the speaker of Ruritania's parliament signed off the harbour law on 3 May.

        Yet thousands of protesters as well as the president of Ruritania argue that the harbour law resembles older rules.
        """;

    [Theory]
    [InlineData("Was the harbour law signed off by Ruritania's president?")]
    [InlineData("the harbour law was signed off by the president of Ruritania, right?")]
    public void Ask_SaysNoWithTheSentence_WhenItPutsAnotherOfficeInTheClaimsSlot(string question)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains("speaker", StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_SaysNoWithTheSentence_WhenTheClaimsOfficeIsAnActorAndTheSentenceGivesAnotherOffice()
    {
        var answer = DraftedArticle.Ask("law.txt", ActorArticle, "Was the harbour law signed off by Ruritania's president?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains("speaker", StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }

    /// <summary>An article whose sentence is long enough that the answer's evidence quotes only its start.</summary>
    private const string LongSentenceArticle = """
        Harbour Law

        By Ada Quill | March 4, 2021

        Following more than a month of protests, on 3 May 2024, the speaker of Ruritania’s parliament signed off a controversial law on “transparency of harbour dues”, better known as “the dock law”.
        """;

    [Fact]
    public void Ask_SaysNoWithTheSentence_WhenTheEvidenceQuotesOnlyTheStartOfTheSentenceGivingAnotherOffice()
    {
        var answer = DraftedArticle.Ask("dock.txt", LongSentenceArticle, "Was the dock law signed off by Ruritania's president?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains("speaker", StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Was the harbour law signed off by the speaker of Ruritania's parliament?")]
    [InlineData("Did President Jo Marsh veto the fishing bill?")]
    [InlineData("Was the fishing bill vetoed by the president of Ruritania?")]
    [InlineData("Did Borduria's foreign minister tour the new harbour?")]
    public void Ask_DoesNotSayNo_WhenTheOfficeIsTheClaimsOwnOrOnlyTitlesAName(string question)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Article, question);

        Assert.False(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
