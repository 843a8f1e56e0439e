namespace Bot.Engine.Tests.Extraction;

/// <summary>Made-up news stories in the formats outlets commonly use: wire datelines, bylines, date lines and credits.</summary>
internal static class NewsFormatArticles
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["wire-no-year"] = """
            Kazakhstan rejects Russian request to host drills

            By Olzhas Auyezov and Mariya Gordeyeva

            ALMATY, June 3 (Reuters) - Kazakhstan on Tuesday rejected a Russian request to hold joint military drills near its northern border, a foreign ministry spokesman said, in the latest sign of strain between the two allies.

            "We see no need for such exercises at this time," spokesman Aibek Smadiyarov told reporters in Astana.

            Moscow had proposed the drills in May, citing the security of the region.

            (Reporting by Olzhas Auyezov; Editing by Mark Trevelyan)
            """,
        ["wire-year-in-text"] = """
            Uzbekistan halts gas exports to Kyrgyzstan

            By Dilnoza Rahimova and Timur Bekov

            TASHKENT, June 3 (Reuters) - Uzbekistan on Tuesday halted gas exports to Kyrgyzstan, an energy ministry spokeswoman said, citing repairs to a pipeline.

            Kyrgyz officials said the halt would hurt factories in the south of the country.

            Both countries cut their gas trade in 2025 after a row over transit fees.

            (Reporting by Dilnoza Rahimova; Additional reporting by Timur Bekov in Bishkek; Editing by Olga Lindqvist)

            This story has been corrected to show the halt began on Tuesday, not Monday.
            """,
        ["ap-dateline"] = """
            Georgian parliament passes media law

            By Nino Kapanadze, Associated Press

            Updated 4:12 PM GMT+4, May 15, 2025

            TBILISI, Georgia (AP) — Georgia's parliament on Thursday passed a law that requires media outlets to register their foreign funding, the speaker's office said.

            Opposition lawmakers walked out of the chamber before the vote.

            Associated Press writer Dmitri Volkov in Moscow contributed to this report.
            """,
        ["dateline-with-year"] = """
            Kyrgyz central bank raises its main rate

            By Aida Sultanova

            BISHKEK, Kyrgyzstan, March 12, 2025 — The National Bank of Kyrgyzstan on Wednesday raised its main interest rate to 10 percent, a bank spokeswoman said.

            The bank last changed the rate in November.

            Follow Aida Sultanova on Twitter
            """,
        ["byline-in-city"] = """
            Armenia and Georgia open a new border crossing

            By Ana Beridze in Tbilisi and Tom Hale in Yerevan

            Last modified on Tue 3 Jun 2025 14.05 BST

            Armenia and Georgia on Monday opened a new border crossing on the road between their capitals, the Armenian government said.

            Truck drivers had waited for hours at the old crossing for years.

            Read more: Armenia seeks new trade routes to the west
            """,
        ["published-line-caps-dateline"] = """
            Tajik court jails opposition activist

            By Farrukh Nazarov

            Published: 3 June 2025, 09:30 BST

            DUSHANBE — A court in Tajikistan on Tuesday sentenced opposition activist Sherali Rakhimov to seven years in prison, his lawyer said.

            Related: Tajikistan tightens rules on foreign travel

            Rakhimov denied the charges against him.
            """,
        ["byline-date"] = """
            Turkmenistan signs pipeline deal with China

            By Merdan Orazov | Published June 3, 2025 10:42 AM EDT

            ASHGABAT (AFP) - Turkmenistan on Monday signed a deal with China to build a fourth gas pipeline, the state news agency said.

            The pipeline will run through Uzbekistan and Kazakhstan.

            © 2025 AFP
            """,
        ["editing-credit-in-middle"] = """
            Azerbaijan frees detained journalists

            By Leyla Hasanova

            BAKU, Azerbaijan, Sept. 9, 2025 — Azerbaijan last Friday freed four journalists held since the spring, a lawyer for the group said.

            This article has been updated to include the names of the journalists.

            The four had been charged with smuggling.

            (Writing by Leyla Hasanova; Editing by Petra Voss)
            """,
    };
}
