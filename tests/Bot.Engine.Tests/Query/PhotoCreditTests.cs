using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who took the photo?": only a caption's credit names the photographer, not the people the photo shows.
/// </summary>
public sealed class PhotoCreditTests
{
    [Theory]
    [InlineData("Soldiers test a drone near Lorvik. (Photo by Jo Marsh/Harbour Images via Getty Images)", true)]
    [InlineData("Jo Marsh/Harbour Images", true)]
    [InlineData("Photo: Jo Marsh", true)]
    [InlineData("Ruritanian President Ada Quill (left) with her Bordurian counterpart at a summit in 2012.", false)]
    [InlineData("Veterans at a press conference in Lorvik. (file photo)", false)]
    public void Credits_OnlyACreditLine(string caption, bool credits) =>
        Assert.Equal(credits, PhotoCredits.Credits(caption));

    [Fact]
    public void Ask_DoesNotNameAPhotographer_WhenNoCaptionCreditsOne()
    {
        var answer = SeededEngine.Ask("Who took the 2012 photograph of Putin and Nazarbaev?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
