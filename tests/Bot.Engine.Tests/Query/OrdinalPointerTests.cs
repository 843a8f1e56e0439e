using Bot.Engine.Query;
using Bot.Engine.Tests.Stages;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "the second guy", "the latter man": after an answer naming several people, an ordinal before a word for a person points
/// at one of them by the order the answer named them in, not at whoever "he" would mean; "the former minister" is a title.
/// </summary>
public sealed class OrdinalPointerTests
{
    private const string Text = """
        Ruritania Tightens Its Fishing Rules

          • By Ana Pell

        Two divers, Tomas Varga and Lena Voss, surveyed the Amber Bay last year.

        Tomas Varga, a marine biologist, works at the Harbour Institute in Zenda. Lena Voss, a lawyer, works at the University of Strel.

        Ruritania sent two patrol boats to the bay in March. Bordurian fishermen say the new rules will ruin them.
        """;

    [Theory]
    [InlineData("where does the first guy work?", "Harbour Institute")]
    [InlineData("and where does the second guy work?", "University of Strel")]
    [InlineData("what does the latter guy do?", "University of Strel")]
    public void Ask_ReadsAnOrdinalAsThePersonInThatPlaceOfTheLastAnswer(string followUp, string expected)
    {
        var answer = DraftedArticle.Converse("fishing-report.txt", Text, "who were the two divers?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Theory]
    [InlineData("where does the first guy work", "first")]
    [InlineData("what did the latter man say", "latter")]
    [InlineData("what did the latter say", null)]
    [InlineData("what was the first one", null)]
    [InlineData("what did the former minister say", null)]
    [InlineData("who came first", null)]
    [InlineData("who was the first woman to lead it", null)]
    [InlineData("was he the first one ever elected", null)]
    [InlineData("what was the first step", null)]
    public void Link_MakesAnOrdinalBeforeAPersonWordAPointer(string words, string? pointing)
    {
        var mentions = StageIndex.Harbour.Linker.Link(words.Split(' '));

        Assert.Equal(pointing, mentions.SingleOrDefault(m => Vocabulary.OrdinalPointers.ContainsKey(m.Pronoun ?? ""))?.Pronoun);
    }
}
