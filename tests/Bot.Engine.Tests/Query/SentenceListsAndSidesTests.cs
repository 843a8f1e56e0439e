using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// On an article without an annotation, lists, sides and comparisons the draft holds no fact for are read from the
/// sentences: a sentence enumerating what is asked for, a sentence where someone opposes or backs what is named,
/// what the article says of each side compared.
/// </summary>
public sealed class SentenceListsAndSidesTests
{
    private const string Article = """
        River Towns Argue Over the Dam

        By Ada Quill | March 4, 2021

        The council of Lorvik approved the new dam on Monday after a long night of talks.

        Farmers in the lower valley keep old habits.

        Farmers in the lower valley obey the water rules, remove their boots before entering the mill, share the pumps and go home at dusk.

        Critics in Brenmark say the dam will flood the meadows and ruin the fishing.

        Fishermen in Corvale are pressing the council to build a second spillway.

        The dam got 300 crowns from Norway last spring.

        Sweden put 40 crowns into the old bridge, its first outlay in a decade.

        The dam will cost the towns more than the bridge did, and it will take four years to build.
        """;

    /// <summary>
    /// The river article, or (spread) one whose lists run over a few sentences of a paragraph: the sentence saying the
    /// question's words and those going on from it ("That includes ...", "including ...").
    /// </summary>
    [Theory]
    [InlineData(false, "list what the farmers in the lower valley do", "remove their boots")]
    [InlineData(false, "who opposes the dam?", "Critics in Brenmark")]
    [InlineData(false, "who is pushing for a spillway?", "Fishermen in Corvale")]
    [InlineData(true, "Could you list the terms of the 1921 peace imposed on Lorvik?", "including the meadows")]
    [InlineData(true, "Which tactics make up the quiet war the miners wage?", "forged letters")]
    [InlineData(true, "Opposition to the new toll: who, per the article?", "Farmers in Brenmark")]
    public void Ask_AnswersFromTheSentencesThatSayIt_WhenTheDraftHasNoFactForIt(bool spread, string question, string expected)
    {
        var answer = DraftedArticle.Ask("river-dam.txt", spread ? SpreadArticle : Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("norway vs sweden, who put more crowns in?")]
    [InlineData("compare what sweden and norway put in")]
    public void Ask_ComparesFromWhatTheArticleSaysOfEach_WhenNeitherHoldsAView(string question)
    {
        var answer = DraftedArticle.Ask("river-dam.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("300 crowns", answer.Text, StringComparison.Ordinal);
        Assert.Contains("40 crowns", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, answer.Evidence.Count);
    }

    /// <summary>
    /// One side said in the question's words, the other in none of them: the sentence beside the first that names the
    /// other side gives it, as news writing sets what it compares side by side. A sentence far off gives nothing.
    /// </summary>
    [Theory]
    [InlineData("Norway vs Sweden: pledges to the dam, quantified", "Sweden voted to lend", true)]
    [InlineData("Norway vs Denmark: pledges to the dam, quantified", "Denmark", false)]
    public void Ask_ComparesWithTheSentenceBesideTheOneFound_WhenTheOtherSideSaysNoneOfTheQuestionsWords(string question, string other, bool given)
    {
        var answer = DraftedArticle.Ask("dam-money.txt", MoneyArticle, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Norway pledged 300 crowns", answer.Text, StringComparison.Ordinal);
        Assert.Equal(given, answer.Text.Contains(other, StringComparison.Ordinal) && !answer.Text.Contains("doesn't give", StringComparison.Ordinal));
    }

    private const string MoneyArticle = """
        Neighbours Pay for the Dam

        By Ada Quill | March 4, 2021

        The council of Lorvik approved the new dam on Monday after a long night of talks.

        Norway pledged 300 crowns to the dam at a meeting in Oslo in May.

        Sweden voted to lend 900 crowns over two years.

        The mayor thanked the neighbours. Farmers in the valley were pleased. The fishermen were not. The road was closed for a week.

        Denmark sent engineers to the valley in the autumn.
        """;

    /// <summary>Two sides neither of which is said to do what is asked: a sentence naming both sets them side by side; with none, nothing is compared.</summary>
    [Theory]
    [InlineData("How does Anna Holm's standing differ from that of Olga Dahl?", "answers to no council")]
    [InlineData("How does Eva Lund's standing differ from that of Olga Dahl?", null)]
    public void Ask_ComparesFromASentenceNamingBothSides_WhenNeitherSideSaysTheQuestionsWords(string question, string? expected)
    {
        var answer = DraftedArticle.Ask("mountain-towns.txt", SidesArticle, question);

        Assert.Equal(expected is null ? AnswerStatus.Unknown : AnswerStatus.Answered, answer.Status);
        if (expected is not null)
            Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    private const string SidesArticle = """
        Mountain Towns Drift Apart

        By Ada Quill | March 4, 2021

        The new school in the valley has a fine standing.

        Unlike Olga Dahl, Anna Holm answers to no council, said an aide.

        Olga Dahl, the mayor of Brenmark, built a road to the coast in 2019.

        Eva Lund, the mayor of Corvale, built a bridge. Anna Holm, the mayor of Lorvik, opened it in May.
        """;

    private const string SpreadArticle = """
        Valley Towns Sign a Hard Peace

        By Ada Quill | March 4, 2021

        The peace imposed on Lorvik in 1921 was hard. But it could have been worse. Lorvik handed over its western farms, including the meadows and half of the lake.

        The mayor spoke of the quiet war the miners wage against the town. That includes rumours, forged letters, blocked roads and worse.

        Six suspects have been arrested. Mr Holm, Mr Vik and Ms Dahl deny any part in the theft.

        Farmers in Brenmark reject the new toll and have said so for years.
        """;

    [Fact]
    public void Ask_LeavesOutANextSentenceListingOthers_WhenNothingTiesItToTheQuestion()
    {
        var answer = DraftedArticle.Ask("valley-peace.txt", SpreadArticle, "What are the names of the six suspects who were arrested?");

        Assert.DoesNotContain("Mr Holm", answer.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A paragraph names what is opposed once and then calls it "the project": the sentence taking a side on "the
    /// project" answers, when the question's own words tie it to the name; another paragraph's does not.
    /// </summary>
    [Theory]
    [InlineData("Who has objected to the NRL project?", "Farmers in Brenmark")]
    [InlineData("Who backs the NRL project?", "Traders in Corvale")]
    [InlineData("Who objected to the NRL plan?", null)]
    public void Ask_FindsTheSideTakenOnWhatTheParagraphNamedEarlier(string question, string? expected)
    {
        var answer = DraftedArticle.Ask("rail-link.txt", RailArticle, question);

        Assert.Equal(expected is null ? AnswerStatus.Unknown : AnswerStatus.Answered, answer.Status);
        if (expected is not null)
            Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    private const string RailArticle = """
        A Railway Splits the Valley

        By Ada Quill | March 4, 2021

        The Northern Rail Link (NRL) will join Lorvik to the coast by 2030. Farmers in Brenmark have condemned the project as a land grab. Traders in Corvale have backed the project since the first survey.

        The mayor of Lorvik spoke at length about the new plan for the harbour. Fishermen rejected the plan outright.
        """;

    /// <summary>
    /// A side taken in words of going along or not: a future denied ("would not enforce") refuses, whatever other side
    /// another sentence takes on the same thing.
    /// </summary>
    [Theory]
    [InlineData("who refuses to go along with the harbour rules?", "port authority")]
    [InlineData("who is against the harbour rules?", "port authority")]
    public void Ask_FindsWhoRefusesOrWelcomesSomething_InWordsOfGoingAlongWithIt(string question, string expected)
    {
        var answer = DraftedArticle.Ask("harbour-rules.txt", HarbourArticle, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    private const string HarbourArticle = """
        Harbour Rules Split the Coast

        By Ada Quill | March 4, 2021

        The council of Lorvik passed the new harbour rules on Monday after a long night of talks.

        The mayor of Brenmark said its port authority would not enforce the harbour rules this year.

        Traders in Corvale sounded cautiously optimistic about the harbour rules.
        """;

    [Theory]
    [InlineData("who opposes the bridge?")]
    [InlineData("who supports the fishing ban?")]
    public void Ask_SaysTheArticleIsSilent_WhenNoSentenceTakesASideOnIt(string question)
    {
        var answer = DraftedArticle.Ask("river-dam.txt", Article, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
