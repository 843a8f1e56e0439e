using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

public sealed class EntityKindsTests
{
    [Theory]
    [InlineData("countries", true)]
    [InlineData("state", true)]
    [InlineData("groups", true)]
    [InlineData("stated", false)]
    [InlineData("grouped", false)]
    [InlineData("harbour", false)]
    public void IsKindWord_NamesAKindOfActor_UnlessItIsAVerbSharingTheStem(string token, bool kind) =>
        Assert.Equal(kind, EntityKinds.IsKindWord(token));
}
