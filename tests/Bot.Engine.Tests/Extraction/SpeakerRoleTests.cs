namespace Bot.Engine.Tests.Extraction;

public sealed class SpeakerRoleTests
{
    [Theory]
    [InlineData("As reporter Omar Haddad noted in April, the port is busy.", "Omar Haddad", "Reporter who noted in April, the port is busy")]
    [InlineData("According to Fisheries Minister Jorge Vela, the quota is fair.", "Jorge Vela", "Fisheries Minister who said the quota is fair")]
    [InlineData("Even though Mayor Ines Ortega denied the plan, analyst Rosa Duarte said it was ready.", "Ines Ortega", "Mayor who denied the plan")]
    [InlineData("Pablo Ruiz, the head of the Andean Fisheries Council, announced that quotas would fall.", "Pablo Ruiz", "Head of the Andean Fisheries Council")]
    public void Extract_CompletesATitleOrRoleNoun_WithWhatThePersonSaid(string sentence, string name, string role)
    {
        var model = Drafts.Of(sentence);

        Assert.Equal(role, model.Actor(name).Role);
    }
}
