using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// What the writer thinks is found in the writer's own judging sentences even when they do not repeat the question's
/// words: a sentence opening "It suggests" judges what the sentence before it told, a verdict asked "most important"
/// says so in those words, and the closing paragraphs conclude on the headline's subject without naming it.
/// </summary>
public sealed class WritersVerdictTests
{
    private const string Vote = "The Lorvik Ferry Vote as Theatre\n\nBy Ada Quill | March 4, 2021\n\n"
        + "The council of Lorvik met on Monday to settle the ferry plan, and the harbour traders watched closely.\n\n"
        + "Mayor Ann Lee said the plan would save the town money.\n\n"
        + "Lorvik is hiring boatmen for the new route across the bay. This hiring drive will likely bring in sailors of little skill at high wages. "
        + "It suggests that Mayor Ann Lee cannot persuade the town's own people to serve without large bonuses.\n\n"
        + "Trade across the bay suffered as fares rose.\n\n"
        + "Whether anything tangible was agreed matters less than what the council showed it values. "
        + "The most important lesson is that trust still decides how a harbour town fares.\n";

    [Fact]
    public void Ask_GivesTheJudgingSentence_ThatPointsBackAtWhatItJudges() =>
        Assert.Contains("It suggests that Mayor Ann Lee", DraftedArticle.Ask("vote.txt", Vote, "What does the author think the hiring drive reveals about Ann Lee?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_GivesTheVerdictInTheQuestionsJudgingWords() =>
        Assert.Contains("most important lesson", DraftedArticle.Ask("vote.txt", Vote, "What does the writer think is most important for trade?").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("What does the author conclude about the vote?")]
    [InlineData("Author's bottom line on the vote")]
    public void Ask_ConcludesOnTheHeadlinesSubject_ThoughTheClosingDoesNotNameIt(string question) =>
        Assert.Contains("concludes", DraftedArticle.Ask("vote.txt", Vote, question).Text, StringComparison.Ordinal);
}
