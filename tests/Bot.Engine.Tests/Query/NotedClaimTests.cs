using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"X noted that Y did Z" reports Z: a sentence that notes something denies nothing, so it confirms the claim.</summary>
public sealed class NotedClaimTests
{
    private const string Article = """
        Council Moves

        By Ada Quill | March 4, 2021

        As journalist Ada Quill noted in March, Ruritania frequently lobbies for Bordurian interests within the trade union and convinced Keld to move the harbour council from Dorn to Keld.
        """;

    [Theory]
    [InlineData("Did Ruritania convince Keld to move the harbour council?")]
    [InlineData("Does the article attribute the harbour council's move to Ruritanian lobbying?")]
    public void Ask_DoesNotDeny_WhatASentenceNotes(string question) =>
        Assert.False(DraftedArticle.Ask("council.txt", Article, question).Text.StartsWith("No", StringComparison.Ordinal));
}
