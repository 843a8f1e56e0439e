using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What reason did X give for Y?" asks X's own account ("X explained it on health grounds", "where it claimed ..."),
/// not the author's explanation of Y, even when the author gives one.
/// </summary>
public sealed class ReasonGivenByActorTests
{
    private const string Text = """
        Rifts Over Kessberg

        By Ada Quill | Valley Review | March 4, 2021

        Minister Arlo Venn of Dorvia cancelled his visit to Kessberg for the March meeting. Dorvia's solidarity with Ruritania could also explain Venn's decision to cancel his visit, because the two states share a pipeline. Even though Venn explained his absence on health grounds, analyst Mira Tolk told the Valley Review that the illness was an excuse to avoid meeting the mayor of Kessberg.

        Ruritania has fought since 2014 to seize the two northern provinces of Osk and Brell, where it claimed a minority was being persecuted by the government in Kessberg. Ruritania wants Osk and Brell because their mines supply most of its iron, the author argues.
        """;

    [Theory]
    [InlineData("What reason did Venn himself give for missing the Kessberg meeting?", "health grounds")]
    [InlineData("What official reason did Venn give for cancelling his visit to Kessberg?", "health grounds")]
    [InlineData("What reason did Ruritania give for wanting to seize the northern provinces?", "persecuted")]
    public void ReasonAskedOfAnActor_IsTheOneTheActorGave(string question, string reason)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(reason, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
