using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "why not?" with no words of its own, just after someone's words were shown: the reason is looked for with those words,
/// not in whatever else the article has that person say, on an article drafted at load.
/// </summary>
public sealed class WhyOfWordsShownTests
{
    private const string Text = """
        Smugglers Test the Harbour Watch

          • By Ana Pereira

        Few people know the smuggling boats as well as Mara Lind, the head of the Port Alder harbour watch. Her crews count the boats that pass the lighthouse every night.

        But when it comes to stopping boats that carry no weapons, "There is little we can do," captain Lind admits.

        Fishermen say the boats have grown bolder since the spring.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("harbour-watch.txt", Text, questions);

    [Theory]
    [InlineData("why not?")]
    [InlineData("y not tho")]
    public void Ask_GivesTheReasonWithTheWordsShown_WhenABareWhyFollowsThem(string followUp)
    {
        var answer = Converse("who is mara lind", "what did she say about stopping the boats", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("carry no weapons", answer.Text);
    }

    [Fact]
    public void Ask_LooksBeyondTheWordsShown_WhenTheWhyHasWordsOfItsOwn()
    {
        var answer = Converse("who is mara lind", "what did she say about stopping the boats", "why does she count the boats at night?");

        Assert.Contains("lighthouse", answer.Text);
    }
}
