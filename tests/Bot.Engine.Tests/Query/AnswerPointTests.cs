using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A sentence that speaks of what a question is about may still not give its point: the date of another clause, a
/// number of another thing, no place, no time. Asked of an article with no annotation, such questions are refused, and
/// those the sentence does answer are still answered.
/// </summary>
public sealed class AnswerPointTests
{
    private const string Article = """
        Valley Towns Quarrel Over The Dam

        By Ada Quill | March 4, 2021

        To Mayor Ivo Sand, whose mother was born in the valley annexed by Corvale, and whose farm stands in Lorvik, back in Brenmark hands since the 1980s, the quarrel looks different.

        Brenmark's envoy, Ode Lind, swiftly denied the claim, telling reporters on June 23 that Brenmark was not negotiating with anyone.

        In 2019, the Lower Valley Council closed the old harbour.

        Since the start of the river dispute in May 2015, Brenmark has refused to buy Corvale fish.

        The quarrel has focused on the meeting of the two mayors in Lorvik in August, followed by the prospect of a follow-up summit in Darrow.

        The council voted to borrow 90 million euros to repair the dam this year and next.

        Talks on the dam stalled.

        Last June Brenmark joined the valley league, and the league has promised aid; Corvale is supplying 19 trucks.

        Corvale launched a weather satellite for Brenmark on August 9.

        Corvale has sent more than 5,000 additional workers to Brenmark to build the dam, and resumed ferries in June 2020; Brenmark plans to host Corvale engineers in Lorvik.

        The council voted to dismiss Ode Lind.
        """;

    private static Answer Ask(string question) => DraftedArticle.Ask("valley-quarrel.txt", Article, question);

    private static void AssertAnswers(string question, AnswerStatus status, string contains)
    {
        var answer = Ask(question);

        Assert.True(answer.Status == status && answer.Text.Contains(contains, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("In what year was Ivo Sand's mother born?", AnswerStatus.Unknown, "give a date for that. What it says nearby")]
    [InlineData("On what date is the follow-up summit in Darrow scheduled?", AnswerStatus.Unknown, "give a date for that. What it says nearby")]
    [InlineData("When did Ode Lind deny the claim?", AnswerStatus.Answered, "June")]
    [InlineData("When did the council close the old harbour?", AnswerStatus.Answered, "2019")]
    [InlineData("Since when has Brenmark refused to buy Corvale fish?", AnswerStatus.Answered, "2015")]
    [InlineData("When did the mayors meet in Lorvik?", AnswerStatus.Answered, "August")]
    public void When_IsAnsweredOnlyByADateInAClauseSayingWhatIsAsked(string question, AnswerStatus status, string contains) =>
        AssertAnswers(question, status, contains);

    [Theory]
    [InlineData("When the next round of talks will happen?", AnswerStatus.Unknown, "give a date for that. What it says nearby")]
    [InlineData("Timeline for the trucks?", AnswerStatus.Unknown, "give a date for that. What it says nearby")]
    [InlineData("When did Corvale launch the weather satellite?", AnswerStatus.Answered, "August")]
    public void When_IsNotAnsweredByATimeOfSomethingElse(string question, AnswerStatus status, string contains) =>
        AssertAnswers(question, status, contains);

    [Theory]
    [InlineData("How many Corvale engineers will Brenmark host in Lorvik?", AnswerStatus.Unknown, "doesn't give a")]
    [InlineData("How many workers has Corvale sent to Brenmark?", AnswerStatus.Answered, "5,000")]
    [InlineData("What was the exact vote count in the council on dismissing Ode Lind?", AnswerStatus.Unknown, "doesn't")]
    public void Count_NeedsANumberOfTheThingAsked(string question, AnswerStatus status, string contains) =>
        AssertAnswers(question, status, contains);

    [Theory]
    [InlineData("Launch site of the weather satellite?", AnswerStatus.Unknown, "doesn't say where")]
    [InlineData("Where does Ivo Sand's farm stand?", AnswerStatus.Answered, "Lorvik")]
    public void Place_AskedByItsNoun_MustBeNamed(string question, AnswerStatus status, string contains) =>
        AssertAnswers(question, status, contains);
}
