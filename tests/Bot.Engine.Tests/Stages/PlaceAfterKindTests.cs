using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Which villages ...?" of "four villages from the Alder province": a name after a word of place says where the things
/// are or came from, not what they are called, so the answer speaks of the kind only in general. A name given with
/// the kind itself still names one.
/// </summary>
public sealed class PlaceAfterKindTests
{
    [Theory]
    [InlineData("which villages did greenwick hand over?", "Greenwick handed over four villages from the Alder province.", true)]
    [InlineData("which ports does greenwick run?", "Greenwick runs two ports along the Grey Sea.", true)]
    [InlineData("which villages did greenwick hand over?", "Greenwick handed over villages near Kessberg.", true)]
    [InlineData("which villages did greenwick hand over?", "Greenwick handed over the villages Brenmark and Oskel.", false)]
    [InlineData("which ports does greenwick run?", "Greenwick runs ports such as Brenmark in the north.", false)]
    [InlineData("which ports does greenwick run?", "Greenwick runs the Brenmark port along the Grey Sea.", false)]
    public void SpeaksOfKindInGeneral_WhenTheOnlyNameAfterTheKindIsWhereItIs(string question, string answer, bool general)
    {
        var turn = new Turn(Harbour, ConversationState.Empty, QuestionParser.Parse(Harbour, question));

        Assert.Equal(general, AnswerChecks.SpeaksOfKindInGeneral(turn, answer, Text.Stemmer.Stem(turn.Q.AsksNameOf!)));
    }
}
