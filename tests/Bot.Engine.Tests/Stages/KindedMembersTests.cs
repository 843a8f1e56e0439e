using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Which countries does the technology come from?" asks for actors of a kind: on an article without an annotation,
/// the sentence naming countries that says the rest answers it, not a shorter one that only says the question's words
/// and enumerates things of another kind.
/// </summary>
public sealed class KindedMembersTests
{
    private const string Article = """
        Parts for the Northern Fleet

        By Ada Quill | March 4, 2021

        The technology went north through traders in Vell: sensors, chips and cables. Researchers found that most of the technology was made by workshops in Norway, Denmark and Sweden before the traders in Vell bought it and sent it to the fleet by sea.

        In a later round of talks on the trade, President Ana Holm of Finland and Prime Minister Jo Berg of Iceland visited Vell and met the traders.
        """;

    [Theory]
    [InlineData("From which countries was the technology bought?", "Norway, Denmark and Sweden")]
    [InlineData("Which foreign leaders visited the traders in Vell?", "Ana Holm")]
    public void Ask_GivesTheSentenceNamingActorsOfTheKind_WhenAListAsksForThem(string question, string expected)
    {
        var answer = DraftedArticle.Ask("northern-fleet.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which countries supply the parts", "countries")]
    [InlineData("from which countries is it coming", "countries")]
    [InlineData("which european heads of state visited", "heads")]
    [InlineData("tell me all the leaders who came", "leaders")]
    [InlineData("name the firms", "firms")]
    [InlineData("what did the countries agree", null)]
    [InlineData("what is the view of the countries", null)]
    [InlineData("why did the leaders meet", null)]
    [InlineData("which three people deny it", null)]
    public void AskedKind_ReadsThePluralKindAfterTheOpening(string question, string? noun)
    {
        Assert.Equal(noun, KindedMembers.AskedKind(question.Split(' '))?.Noun);
    }
}
