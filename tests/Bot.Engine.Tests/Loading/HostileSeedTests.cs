using Bot.Engine.Loading;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Loading;

/// <summary>
/// Articles nobody would write but someone will drop into seeds/: each is drafted and then answered without an
/// exception, or stops start-up with a message naming its file.
/// </summary>
public sealed class HostileSeedTests
{
    private const string FileName = "hostile.txt";
    private const int Turns = 150;

    private static readonly string Sentence = "On June 2, 2021, Minister Jane Roe of Ruritania said the plan \"would fail\", because Freedonia opposed it. ";

    public static TheoryData<string, string> HostileArticles() => new()
    {
        { "whitespace", " \n\t\n \n" },
        { "one line", "Harbour plan splits two towns" },
        { "one sentence", "Harbour plan splits two towns, says Jane Roe." },
        { "title and byline", "Harbour plan\n\nBy Lena Ortiz" },
        { "only headings", string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Section {i}")) },
        { "only bullets", "Title\n\n" + string.Join("\n", Enumerable.Range(1, 60).Select(i => $"• Item {i} by Jane Roe")) },
        { "only dashes", "Title\n\n" + string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"- point {i}; - and {i + 1}")) },
        { "no sentence ends", "A Title\n\n" + string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Jane Roe of Ruritania said on June {i} that the plan would fail because Freedonia opposed it and")) },
        { "50 KB without a sentence end", "Title\n\n" + string.Concat(Enumerable.Repeat(Sentence.Replace(".", " and", StringComparison.Ordinal), 450)) },
        { "non-Latin", "Раскол в ОДКБ\n\nАвтор Иван Петров\n\n22 июня Владимир Шаманов заявил, что Россия готова. 沙马诺夫说。 قال الوزير إن الخطة ستفشل.\n\nКазахстан отказался, потому что не хочет войны." },
        { "huge paragraph", "Title\n\n" + string.Concat(Enumerable.Repeat(Sentence, 1_800)) },
        { "200 KB of paragraphs", "Title\n\nBy Lena Ortiz\n\n" + string.Join("\n\n", Enumerable.Repeat(Sentence.Trim(), 1_800)) },
        { "200 KB without spaces", "Title\n\n" + new string('x', 200_000) },
        { "one endless name", "Title\n\n" + string.Join(" ", Enumerable.Repeat("Roe", 50_000)) },
        { "punctuation only", "...\n\n?!?!\n\n\"\"\"\n\n« » — –\n\n(((\n\n)))" },
        { "odd dates and names", "Title\n\nOn February 30, 2017, Mr. A. B. C. D. E. said \"nothing. On June 99, 0000, the U.N. U.S. E.U. met in 31 BC. In the 1990s-2000s, 50% of 10bn went to X.\n\nBy Lena Ortiz\n\nLena Ortiz is a reporter." },
        { "byline of separators only", "Harbour plan\n\nBy | · |\n\nJane Roe said the plan would fail.\n\nBy · — | - •" },
        { "byline of pipes only", "Harbour plan\n\n|\n\nJane Roe said the plan would fail.\n\n||||||||\n\n" + new string('|', 5_000) + "\n\n" + Sentence },
        { "unsigned byline of empty parts", "Harbour plan\n\nOutlet | | |\n\n | Outlet | \n\nThe Harbour Times | May 2, 2025 | | |\n\n" + Sentence },
        { "one sentence of 50,000 words", "Harbour plan\n\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Jane Roe of Ruritania said on June {i % 28 + 1} that the plan ")) + "failed." },
        { "title only", "Harbour Plan Splits Two Towns\n" },
        { "blank lines only", string.Concat(Enumerable.Repeat("\n", 5_000)) },
        { "byline of commas only", "Harbour plan\n\nBy , , , and ,\n\nJane Roe said the plan would fail." },
        { "byline of 20 comma-separated parts", "Harbour plan\n\nBy " + string.Join(", ", Enumerable.Range(0, 20).Select(i => i % 3 == 0 ? $"Harbour Times {i}" : $"Jo{(char)('a' + i)} Roe{(char)('a' + i)}")) + "\n\n" + Sentence },
        { "byline of 20 names", "Harbour plan\n\nBy " + string.Join(", ", Enumerable.Range(0, 19).Select(i => $"Jo{(char)('a' + i)} Roe")) + " and Al Poe\n\n" + Sentence },
        { "captions only", "Photo: Jane Roe at a press conference in Ruritania in 2011 (AFP)\n\nPictured: Freedonia's harbour (file photo)\n\nImage: the plan (Reuters)" },
        { "quotes never closed", "Harbour plan\n\nJane Roe said \"the plan would fail. Freedonia opposed it.\n\n“It is over, said Al Poe of Freedonia.\n\n‘Never again, Roe told reporters, \"because Freedonia said 'no.\n\n«Enough" },
        { "5,000 words of nested quotations", "Harbour plan\n\n" + string.Concat(Enumerable.Range(0, 1_250).Select(i => $"Roe{i % 7} said {"\"'“‘«"[i % 5]}Poe told ")) + string.Concat(Enumerable.Range(0, 1_250).Select(i => "\"'”’»"[i % 5])) + "." },
        { "5,000 words of nested quotations with sentence ends", "Harbour plan\n\n" + string.Concat(Enumerable.Range(0, 720).Select(i => $"Jane Roe said: {"\"'“‘«"[i % 5]}It failed. Al Poe ")) + "agreed." },
        { "unsigned byline with empty parentheses", "Harbour plan\n\nBy The Harbour Times (, unsigned), Portsmouth\n\n" + Sentence },
        { "unsigned byline with nothing in the parentheses", "Harbour plan\n\nBy The Harbour Times (), \n\nBy The ( , ), ,\n\n" + Sentence },
        { "unsigned byline with nested parentheses", "Harbour plan\n\nBy The Harbour Times ((Europe (section), unsigned), (unsigned)), Portsmouth\n\n" + Sentence },
        { "unsigned byline never closed", "Harbour plan\n\nBy The Harbour Times (((((Europe, unsigned, Portsmouth\n\n" + Sentence },
        { "unsigned byline of parentheses only", "Harbour plan\n\nBy The " + string.Concat(Enumerable.Repeat("(, unsigned), ", 200)) + "\n\n" + Sentence },
        { "all in capitals", ("Harbour plan splits two towns\n\nBy The Harbour Times (Europe, unsigned), Portsmouth\n\n" + string.Join("\n\n", Enumerable.Repeat(Sentence + "Mr Al Poe ruled out a deal; Dr Roe, angered by it, was jailed for protesting. ", 12))).ToUpperInvariant() },
        { "paragraph of 300 semicolons", "Harbour plan\n\n" + new string(';', 300) + "\n\nJane Roe backed " + string.Join("; ", Enumerable.Range(0, 300).Select(i => $"Plan {i}")) + ".\n\n" + Sentence },
        { "Mr Mr Mr", "Harbour plan\n\nBy Mr Mr Mr\n\nMr Mr Mr said \"no\". Mr Mr Mr Roe, Mrs Mr Dr Poe and Dr. Mr. Mrs. met Mr. " + string.Join(" ", Enumerable.Repeat("Mr", 2_000)) + " said Mr Mr.\n\n" + Sentence },
        { "sentence of 2,000 commas", "Harbour plan\n\nJane Roe, of Ruritania, said " + string.Join(", ", Enumerable.Range(0, 2_000).Select(i => i % 4 == 0 ? "but Freedonia" : $"Town {i}")) + " would fail.\n\n" + new string(',', 2_000) + "\n\n" + Sentence },
        { "date line August 99th 2020", "Harbour plan\n\nBy The Harbour Times (Europe, unsigned), Portsmouth\n\nAugust 99th 2020\n\nPORTSMOUTH, August 99th 2020 - Jane Roe said the plan would fail next February.\n\n" + Sentence },
        { "drafting patterns cut short", "Harbour plan\n\nBy The Harbour Times (Europe, unsigned), \n\nTHE GREY. THE. Mr. Dr Dr. Mrs\n\n\"Don't,\" shouted one marcher, a local baker named\n\n'Don't \"won't\n\nMain Street. Street Street said no. Reform starts next February. Next February. next\n\nRoe was jailed for. Poe was jailed after. Crowds angered by. If had, would have.\n\nRoe ruled out. Ruled out. They point to. They point to; ; ;. A, who ; ; B; and\n\nHow many people? 150 people. People named. By, named." },
        { "named vessels and their renames, 40,000 words", "Harbour plan\n\n" + string.Concat(Enumerable.Repeat("A rusty freighter, the Blue Otter, met the Heron, a trawler flying no flag, and the Heron, renamed the Grey Heron, sailed on. ", 2_000)) },
        { "one sentence of 'says X of Y', 40,000 words", "Harbour plan\n\n" + string.Concat(Enumerable.Range(0, 4_000).Select(i => $"\u201cIt failed,\u201d says Jane Roe{i % 9} of the Harbour Board of Ruritania, and ")) + "that was all." },
        { "small capitals openings, 40,000 words", "Harbour plan\n\n" + string.Join("\n\n", Enumerable.Repeat("ON MARCH 3RD THE PRO-RUSSIAN MAYOR OF PORTSMOUTH, JANE ROE, SAID THE CO-OPERATIVE HARBOUR-BOARD PLAN WOULD FAIL, and Al Poe of Freedonia agreed on March 4th.", 1_600)) },
        { "thousands commas without end", "Harbour plan\n\nJane Roe said 1,500 troops and " + string.Join(",", Enumerable.Repeat("500", 20_000)) + " ships came, with 1,3,0,0 boats, ,,,1,,, rafts and 1,,000 oars.\n\n" + string.Join(" ", Enumerable.Repeat("1,000,000,000,000,000,000 people,", 2_000)) },
        { "described bodies and territories, 40,000 words", "Harbour plan\n\n" + string.Concat(Enumerable.Range(0, 1_500).Select(i => $"Borduria{i % 5}, a breakaway region that the capital funds, and CCH (Centre for Coastal Harbours{i % 3}), a think-tank based in London, said CCH researchers declined to comment. ")) },
        { "ranks and refusals to comment, 40,000 words", "Harbour plan\n\n" + string.Concat(Enumerable.Repeat("Commodore Captain Lieutenant Brigadier Marshal Sergeant Jane Roe did not respond to a request for comment, and Captain Roe declined to comment. ", 1_800)) },
        { "control and invisible characters", "Ti\u200btle\u202e\n\nJane\u0007 Roe \u200d said\u00a0the plan would fail.\r\n\r\nFreedonia\u0301 opposed it\ufeff." },
    };

    [Theory]
    [MemberData(nameof(HostileArticles))]
    public void Load_DraftsAndAnswersOrNamesTheFile_WhenTheArticleIsHostile(string kind, string text)
    {
        using var folder = new SeedFolder().With(FileName, text);
        var errors = new List<SeedError>();

        var knowledge = SeedLoader.TryLoad(folder.Path, errors);

        Assert.All(errors, e => Assert.EndsWith(FileName, e.File, StringComparison.Ordinal));
        if (errors.Count > 0)
            return;
        var questions = QuestionCase.LoadScripts("tuning.yaml").Values.SelectMany(steps => steps).Select(c => c.Q).ToList();
        var seed = ConversationFuzzer.Setting("BOT_FUZZ_SEED", 1) + kind.Length;
        var failures = new ConversationFuzzer(knowledge, questions).Run(seed, ConversationFuzzer.Setting("BOT_FUZZ_ITERATIONS", Turns));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }
}
