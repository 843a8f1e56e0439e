using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Is Borduria holding up the deal?" of "Ruritania, not Borduria, is holding up the deal": a claim that puts in its
/// place what the sentence sets aside ("not", "rather than", "instead of") is a "no", citing that sentence; one that
/// says what the sentence keeps is still a "yes".
/// </summary>
public sealed class SetAsideClaimTests
{
    private const string Article = """
        Borduria Waits on Keld

        By Ada Quill | September 4, 2021

        Borduria has courted Keld for a decade, and Borduria's envoys still visit the harbour every spring.

        Keld's governor Marek Ferro told Reuters last month that Ruritania, not Borduria, was holding up a peace deal.

        Borduria's power plants have taken to burning cheap coal instead of gas, darkening the skies over Borduria.

        Instead of dredging the old harbour, the Bordurian council favours building a new pier at Lorvik.

        Borduria sent grain to Keld in 2019, and Borduria opened a consulate there in 2020.

        Borduria's army held drills near Keld in 2021.
        """;

    [Theory]
    [InlineData("Did Ferro tell Reuters it was Borduria holding up a peace deal?", "Ruritania, not Borduria")]
    [InlineData("Didn't Ferro tell Reuters it was Borduria holding up a peace deal?", "Ruritania, not Borduria")]
    [InlineData("Are Borduria's power plants burning gas?", "coal instead of gas")]
    [InlineData("Does the Bordurian council favour dredging the old harbour?", "Instead of dredging")]
    public void Ask_SaysNo_ToWhatTheSentenceSetsAside(string question, string cited)
    {
        var answer = DraftedArticle.Ask("keld.txt", Article, question).Text;
        Assert.StartsWith("No", answer, StringComparison.Ordinal);
        Assert.Contains(cited, answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Are Borduria's power plants burning coal?")]
    [InlineData("Does the Bordurian council favour building a new pier at Lorvik?")]
    public void Ask_StillConfirms_WhatTheSentenceKeeps(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);
}
