using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Summits have been held by Ruritania (May 2023) and Borduria (June 2023), with Lorvik expected to host its own": a date
/// in brackets dates the host right before it, so it answers when that host held its summit and not when Lorvik will.
/// On an article drafted at load.
/// </summary>
public sealed class BracketedDateTests
{
    private const string Text =
        "Harbour summits\nBy Ada Quill\n\n"
        + "Summits in this format (with the five harbour towns) have already been held by Ruritania (May 2023) and Borduria (June 2023), "
        + "with Lorvik and Tarn also expected to host their own.\n";

    [Fact]
    public void Ask_GivesNoDate_ForAHostTheBracketedDatesDoNotFollow()
    {
        var answer = DraftedArticle.Ask("summits.txt", Text, "When is Lorvik hosting its summit?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Fact]
    public void ReadsABracketedDateIntoTheClauseBeforeIt()
    {
        var inline = Bot.Engine.Query.Answerers.DateCheck.WithBracketedDatesInline("held by Ruritania (May 2023), and by Tarn (a port town)");

        Assert.Contains("Ruritania  May 2023 ,", inline);
        Assert.Contains("(a port town)", inline);
    }
}
