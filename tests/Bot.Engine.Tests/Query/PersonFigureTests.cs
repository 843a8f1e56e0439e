using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Which Guard figure went to Borduria?": a figure asked by name is a person, named by title and name ("Guard Commander
/// Jo Bloggs") without the word "figure"; a sentence speaking only of "a senior Guard figure" names none. On an article
/// drafted at load.
/// </summary>
public sealed class PersonFigureTests
{
    private const string Head = "Guard visit to Borduria\nBy Ada Quill\n\n";

    [Fact]
    public void Ask_NamesThePerson_WhenTheSentenceGivesTitleAndName()
    {
        var answer = DraftedArticle.Ask("guard.txt", Head + "Ruritanian Guard Commander Jo Bloggs made his first reported trip to Borduria in May to oversee arms deliveries.\n",
            "Which Guard figure went to Borduria in May?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Jo Bloggs", answer.Text);
    }

    [Fact]
    public void Ask_SaysNoneIsNamed_WhenTheSentenceOnlyDescribesTheFigure()
    {
        var answer = DraftedArticle.Ask("guard.txt", Head + "A senior Ruritanian Guard figure made a first reported trip to Borduria in May to oversee arms deliveries.\n",
            "Which Guard figure went to Borduria in May?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
