using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What did X warn about?", "what did X insist?": any verb of reporting asks what X said, whichever verb the article
/// uses for it, on an article drafted at load.
/// </summary>
public sealed class ReportingVerbTests
{
    private const string Text =
        "Brenmark weighs the harbour deal\nBy Ada Quill\n\n"
        + "The harbour deal was signed in May. "
        + "On June 3rd Anatolia Brest said that smugglers were plotting to seize the port of Lorvik.\n";

    [Theory]
    [InlineData("What did Anatolia Brest warn about on June 3rd?")]
    [InlineData("what did brest warn about")]
    [InlineData("What did Brest insist?")]
    [InlineData("what did anatolia brest stress in june")]
    public void Ask_GivesWhatTheySaid_WhateverVerbOfReportingIsAsked(string question)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("smugglers were plotting to seize the port", answer.Text);
    }
}
