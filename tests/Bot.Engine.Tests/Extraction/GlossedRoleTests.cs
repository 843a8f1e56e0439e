namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// "Jo Roe, the head of Sako, Peru's anti-fraud office, said ...": a second aside glossing the body a role names is part
/// of the role.
/// </summary>
public sealed class GlossedRoleTests
{
    [Theory]
    [InlineData("Jo Roe, the head of Sako, Peru's anti-fraud office, said the audit was late.", "Head of Sako, Peru's anti-fraud office")]
    [InlineData("Jo Roe, the director of sako, the fraud agency, said the audit was late.", "Director of sako")]
    [InlineData("Jo Roe, the head of Sako, Ana Lima and Tom Vane signed the letter.", "Head of Sako")]
    public void Extract_TakesTheBodysGloss_IntoTheRole(string sentence, string role)
    {
        var model = Drafts.Of(sentence);

        Assert.Equal(role, model.Actor("Jo Roe").Role);
    }
}
