using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A yes/no claim whose deed the article puts only in someone's hope or expectation, which the same sentence then has
/// denied, is answered no: the sentence's fact is the denial, not the hope.
/// </summary>
public sealed class HopeDeniedClaimTests
{
    private const string Article = """
        Ruritania Keeps Out of the Pact

        By Ada Quill | March 4, 2021

        Even though Bordurian envoys were cautiously optimistic that Ruritania would agree to join the harbour pact, Ruritania's premier Ilse Marr swiftly denied the envoys' statement, telling reporters on May 3 that "Ruritania is not negotiating with anyone about joining any pact."

        The town council of Kessberg approved the sale of the harbour to Arlo Venn in June.
        """;

    [Theory]
    [InlineData("Ruritania agreed in May to join the harbour pact, right?")]
    [InlineData("Did Ruritania agree to join the harbour pact?")]
    [InlineData("Is Ilse Marr quoted as saying Ruritania is in talks about joining the harbour pact?")]
    public void Ask_AnswersNo_WhenTheHopedDeedIsDenied(string question) =>
        Assert.StartsWith("No", DraftedArticle.Ask("pact.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did the town council approve the sale of the harbour?")]
    [InlineData("Did Ilse Marr deny the envoys' statement?")]
    public void Ask_StillConfirms_WhatIsNeitherHopedNorDenied(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("pact.txt", Article, question).Text, StringComparison.Ordinal);
}
