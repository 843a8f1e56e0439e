using Bot.Commands;

namespace Bot.Tests.Commands;

public sealed class CommandRequestTests
{
    [Theory]
    [InlineData("/who vasko", "who", "vasko", null)]
    [InlineData("  /timeline  ", "timeline", "", null)]
    [InlineData("/help@somebot", "help", "", null)]
    [InlineData("/who@somebot vasko", "who", "vasko", null)]
    [InlineData("/frob@somebot x", null, "x", "frob@somebot")]
    [InlineData("/frobnicate", null, "", "frobnicate")]
    [InlineData("who is vasko?", null, "who is vasko?", null)]
    [InlineData("/ who", null, "/ who", null)]
    [InlineData("/", null, "/", null)]
    [InlineData("/who\u00a0vasko", "who", "vasko", null)]
    [InlineData("\t/events\u2003 2017", "events", "2017", null)]
    public void Parse_ReadsTheCommandItsArgumentOrAQuestion(string text, string? command, string rest, string? unknown)
    {
        var request = CommandRequest.Parse(text);

        Assert.Equal(command, request.Command?.Name);
        Assert.Equal(rest, request.Text);
        Assert.Equal(unknown, request.UnknownCommand);
    }
}
