using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// One answer says each sentence once: when two routes find the same sentence (a side's view and the sentence found
/// for the other side), it is quoted once, while short pieces such as "Yes." may recur.
/// </summary>
public sealed class SentenceSaidOnceTests
{
    private const string Text = """
        Vell Patrol Plan Splits The Coast League

        By Ada Quill | Coast Weekly | May 2, 2022

        On March 3, Admiral Oskar Vell, the head of the Coast League's fleet command, announced that Ruritania and Borduria were in talks to send ships to a joint patrol in the Narrow Sea.

        Ruritania has long kept out of naval missions abroad, and its foreign minister said the country was negotiating with no one.

        Borduria's defence minister said his government would consider the request once parliament had debated it.
        """;

    private const string Announcement = "announced that Ruritania and Borduria were in talks";

    [Theory]
    [InlineData("Ruritanian vs Bordurian response to the Vell announcement")]
    [InlineData("Ruritania vs Borduria response to Vell's announcement?")]
    public void Ask_QuotesASentenceOnce_WhenTwoRoutesFindIt(string question)
    {
        var answer = DraftedArticle.Ask("patrol.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(1, Occurrences(answer.Text, Announcement));
    }

    [Fact]
    public void Add_LeavesOutALongPieceTheAnswerAlreadyHolds_ButKeepsShortOnes()
    {
        var sentence = "The council voted to close the old bridge after engineers found cracks in its piers.";
        var builder = new AnswerBuilder();
        builder.Add("Yes.");
        builder.Add(sentence);
        builder.Add("Yes.");
        builder.Add(sentence);

        Assert.Equal($"Yes. {sentence} Yes.", builder.Build(AnswerStatus.Answered).Text);
    }

    /// <summary>Pieces added one after another make one text in order, up to the longest answer, however many it takes.</summary>
    [Theory]
    [InlineData(2, 2)]
    [InlineData(7, 7)]
    [InlineData(40, 8)]
    public void Add_KeepsPiecesInOrder_UpToTheLongestAnswer(int pieces, int fit)
    {
        var builder = new AnswerBuilder();
        var kept = new List<string>();
        for (var i = 0; i < pieces; i++)
        {
            var piece = $"The ferry to Lorvik left at {i} o'clock with crates of fish and salt.";
            if (builder.Add(piece))
                kept.Add(piece);
        }

        var text = builder.Build(AnswerStatus.Answered).Text;

        Assert.Equal(string.Join(' ', kept), text);
        Assert.InRange(text.Length, 1, Answer.MaxTextLength);
        Assert.Equal(fit, kept.Count);
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
