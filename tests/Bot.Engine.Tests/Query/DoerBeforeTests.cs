using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who launched it?" answered by "This year it launched a new patrol": the sentence tells the deed of "it", and the one
/// before it in its paragraph names who that is, so both answer together. With no one named there, the article still
/// doesn't say who. On an article drafted at load.
/// </summary>
public sealed class DoerBeforeTests
{
    private const string Text =
        "Harbour watch\nBy Ada Quill\n\n"
        + "The Harbour Council is stepping up. This year it launched a new patrol, Sea Shield, to protect the undersea cables.\n\n"
        + "Storms are a worry too. Last winter it cut the power to the Sea Shield base for a week.\n\n"
        + "Officers on the patrol check fishing boats every week.\n";

    [Fact]
    public void Ask_NamesTheDoerFromTheSentenceBefore_WhenTheAnsweringSentenceSaysIt()
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, "Who launched Sea Shield?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("The Harbour Council is stepping up", answer.Text);
    }

    [Fact]
    public void Ask_StillDoesNotSayWho_WhenTheSentenceBeforeNamesNoOne()
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, "Who cut the power to the Sea Shield base?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
