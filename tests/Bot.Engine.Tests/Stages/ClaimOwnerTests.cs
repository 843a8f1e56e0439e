using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Stages;

/// <summary>A name written as an owner in a claim ("Ruritania's port"), which the claim's checks read as whose thing is meant.</summary>
public sealed class ClaimOwnerTests
{
    [Theory]
    [InlineData("did ruritania's port close?", "ruritania", true)]
    [InlineData("did Ruritania\u2019s port close?", "ruritania", true)]
    [InlineData("did ruritania host the talks?", "ruritania", false)]
    [InlineData("did ruritania'sx port close?", "ruritania", false)]
    [InlineData("did newruritania's port close?", "ruritania", false)]
    [InlineData("it is ruritania's", "ruritania", true)]
    public void WrittenAsOwner_FindsTheNameBeforeAPossessive(string text, string name, bool owner) =>
        Assert.Equal(owner, ClaimChecks.WrittenAsOwner(text, name));
}
