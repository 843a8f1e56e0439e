using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Words a question quotes from the article are found where they stand, however strange the words around them; what the
/// question asks of them must still be there: a number for "how many", a date for "when".
/// </summary>
public sealed class QuotedWordsAskedOfTests
{
    private const string Text = """
        Kessberg's Long Summer

        By Ada Quill | Coast Weekly | May 2, 2022

        Marches in Kessberg were met with "heavy-handed" policing as thousands of dockers crowded the harbour square.

        Mayor Arlo Venn said the council would hear the dockers' case in June.
        """;

    [Theory]
    [InlineData("so how many folks were actually injured in the 'heavy-handed' policing?")]
    [InlineData("on what exact date did the 'heavy-handed' policing start?")]
    public void QuotedWords_DoNotAnswer_WhatTheirSentenceDoesNotGive(string question)
    {
        var answer = DraftedArticle.Ask("summer.txt", Text, question);
        Assert.True(answer.Status == AnswerStatus.Unknown, answer.Text);
    }

    [Theory]
    [InlineData("the article puts 'heavy-handed' in quotation marks: in what context?", "harbour square")]
    public void QuotedWords_AreFoundWhereTheyStand(string question, string expected)
    {
        var answer = DraftedArticle.Ask("summer.txt", Text, question);
        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text);
    }
}
