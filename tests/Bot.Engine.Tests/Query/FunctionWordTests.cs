using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Prepositions ("within", "through", "across") and words for the piece itself ("this commentary") claim nothing: a
/// question is not refused for them, on an article drafted at load.
/// </summary>
public sealed class FunctionWordTests
{
    private const string Text =
        "Brenmark weighs the harbour deal\nBy Ada Quill\n\n"
        + "Under the harbour deal, Brenmark would have to accept foreign inspectors at the port of Lorvik. "
        + "Anatolia Brest, the defence minister, opposes the deal.\n";

    [Theory]
    [InlineData("What would Brenmark have to accept through the harbour deal?", "foreign inspectors")]
    [InlineData("what inspectors would brenmark accept within the deal", "foreign inspectors")]
    [InlineData("Who wrote this commentary?", "Ada Quill")]
    [InlineData("who is the author of this essay", "Ada Quill")]
    public void Ask_Answers_WhateverFunctionWordsTheQuestionUses(string question, string expected)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }
}
