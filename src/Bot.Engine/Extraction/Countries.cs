namespace Bot.Engine.Extraction;

/// <summary>A country as news writing names it: its name, the adjectives for it and its people, its capital, short forms.</summary>
internal sealed record Country(string Name, IReadOnlyList<string> Demonyms, string? Capital, IReadOnlyList<string> Aliases)
{
    /// <summary>Every form that counts as a mention of the country.</summary>
    public IEnumerable<string> Forms => new[] { Name }.Concat(Demonyms).Concat(Aliases).Concat(Capital is null ? [] : [Capital]);
}

/// <summary>
/// A small gazetteer of countries (general knowledge, not any article's): name | demonyms | capital | other names
/// (short forms and, for the countries chats name most, their two-letter codes as people type them: "kz", "ru").
/// A historical state has no capital so that its capital keeps meaning today's country.
/// </summary>
internal static class Countries
{
    private const string Table = """
        Afghanistan|Afghan,Afghans|Kabul|AF
        Albania|Albanian,Albanians|Tirana|
        Algeria|Algerian,Algerians|Algiers|
        Argentina|Argentine,Argentinian,Argentinians|Buenos Aires|
        Armenia|Armenian,Armenians|Yerevan|AM
        Australia|Australian,Australians|Canberra|
        Austria|Austrian,Austrians|Vienna|
        Azerbaijan|Azerbaijani,Azerbaijanis,Azeri,Azeris|Baku|AZ
        Bahrain|Bahraini,Bahrainis|Manama|
        Bangladesh|Bangladeshi,Bangladeshis|Dhaka|
        Belarus|Belarusian,Belarusians|Minsk|BY
        Belgium|Belgian,Belgians|Brussels|
        Bolivia|Bolivian,Bolivians|La Paz|
        Bosnia and Herzegovina|Bosnian,Bosnians|Sarajevo|Bosnia
        Brazil|Brazilian,Brazilians|Brasilia|
        Bulgaria|Bulgarian,Bulgarians|Sofia|
        Cambodia|Cambodian,Cambodians|Phnom Penh|
        Canada|Canadian,Canadians|Ottawa|
        Chile|Chilean,Chileans|Santiago|
        China|Chinese|Beijing|People's Republic of China,PRC,CN
        Colombia|Colombian,Colombians|Bogota|
        Croatia|Croatian,Croatians,Croat,Croats|Zagreb|
        Cuba|Cuban,Cubans|Havana|
        Cyprus|Cypriot,Cypriots|Nicosia|
        Czech Republic|Czech,Czechs|Prague|Czechia
        Denmark|Danish,Danes|Copenhagen|
        Egypt|Egyptian,Egyptians|Cairo|
        Estonia|Estonian,Estonians|Tallinn|
        Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
        Finland|Finnish,Finns|Helsinki|
        France|French|Paris|
        Georgia|Georgian,Georgians|Tbilisi|GE
        Germany|German,Germans|Berlin|
        Greece|Greek,Greeks|Athens|
        Hungary|Hungarian,Hungarians|Budapest|
        India|Indian,Indians|New Delhi|
        Indonesia|Indonesian,Indonesians|Jakarta|
        Iran|Iranian,Iranians|Tehran|IR
        Iraq|Iraqi,Iraqis|Baghdad|
        Ireland|Irish|Dublin|
        Israel|Israeli,Israelis|Jerusalem|
        Italy|Italian,Italians|Rome|
        Japan|Japanese|Tokyo|
        Jordan|Jordanian,Jordanians|Amman|
        Kazakhstan|Kazakh,Kazakhs,Kazakhstani,Kazakhstanis|Astana|KZ
        Kenya|Kenyan,Kenyans|Nairobi|
        Kosovo|Kosovar,Kosovars|Pristina|
        Kuwait|Kuwaiti,Kuwaitis|Kuwait City|
        Kyrgyzstan|Kyrgyz,Kyrgyzstani|Bishkek|Kyrgyz Republic,KG
        Latvia|Latvian,Latvians|Riga|
        Lebanon|Lebanese|Beirut|
        Libya|Libyan,Libyans|Tripoli|
        Lithuania|Lithuanian,Lithuanians|Vilnius|
        Malaysia|Malaysian,Malaysians|Kuala Lumpur|
        Mexico|Mexican,Mexicans|Mexico City|
        Moldova|Moldovan,Moldovans|Chisinau|MD
        Mongolia|Mongolian,Mongolians|Ulaanbaatar|MN
        Montenegro|Montenegrin,Montenegrins|Podgorica|
        Morocco|Moroccan,Moroccans|Rabat|
        Myanmar|Burmese|Naypyidaw|Burma
        Nepal|Nepali,Nepalese|Kathmandu|
        Netherlands|Dutch|Amsterdam|Holland
        New Zealand|New Zealander,New Zealanders|Wellington|
        Nigeria|Nigerian,Nigerians|Abuja|
        North Korea|North Korean,North Koreans|Pyongyang|DPRK
        North Macedonia|Macedonian,Macedonians|Skopje|Macedonia
        Norway|Norwegian,Norwegians|Oslo|
        Oman|Omani,Omanis|Muscat|
        Pakistan|Pakistani,Pakistanis|Islamabad|
        Palestine|Palestinian,Palestinians|Ramallah|
        Peru|Peruvian,Peruvians|Lima|
        Philippines|Filipino,Filipinos,Philippine|Manila|
        Poland|Polish,Poles|Warsaw|
        Portugal|Portuguese|Lisbon|
        Qatar|Qatari,Qataris|Doha|
        Romania|Romanian,Romanians|Bucharest|
        Russia|Russian,Russians|Moscow|Russian Federation,Kremlin,RU
        Saudi Arabia|Saudi,Saudis|Riyadh|
        Serbia|Serbian,Serbians,Serb,Serbs|Belgrade|
        Singapore|Singaporean,Singaporeans||
        Slovakia|Slovak,Slovaks|Bratislava|
        Slovenia|Slovenian,Slovenians,Slovene,Slovenes|Ljubljana|
        Somalia|Somali,Somalis|Mogadishu|
        South Africa|South African,South Africans|Pretoria|
        South Korea|South Korean,South Koreans|Seoul|
        Spain|Spanish,Spaniards|Madrid|
        Sri Lanka|Sri Lankan,Sri Lankans|Colombo|
        Sudan|Sudanese|Khartoum|
        Sweden|Swedish,Swedes|Stockholm|
        Switzerland|Swiss|Bern|
        Syria|Syrian,Syrians|Damascus|SY
        Taiwan|Taiwanese|Taipei|
        Tajikistan|Tajik,Tajiks,Tajikistani|Dushanbe|TJ
        Thailand|Thai|Bangkok|
        Tunisia|Tunisian,Tunisians|Tunis|
        Turkey|Turkish,Turks|Ankara|Turkiye,Türkiye,TR
        Turkmenistan|Turkmen|Ashgabat|TM
        Ukraine|Ukrainian,Ukrainians|Kyiv|Kiev,UA
        United Arab Emirates|Emirati,Emiratis|Abu Dhabi|UAE
        United Kingdom|British,Briton,Britons|London|UK,Britain,Great Britain
        United States|American,Americans|Washington|US,USA,America
        Uzbekistan|Uzbek,Uzbeks|Tashkent|UZ
        Venezuela|Venezuelan,Venezuelans|Caracas|
        Vietnam|Vietnamese|Hanoi|
        Yemen|Yemeni,Yemenis|Sanaa|
        Soviet Union|Soviet,Soviets||USSR
        """;

    public static IReadOnlyList<Country> All { get; } = Parse();

    /// <summary>Each country by every form of its name; the first country listed keeps a form two share.</summary>
    public static IReadOnlyDictionary<string, Country> ByForm { get; } = All.SelectMany(c => c.Forms.Select(f => (Form: f, Country: c)))
        .DistinctBy(f => f.Form, StringComparer.Ordinal).ToDictionary(f => f.Form, f => f.Country, StringComparer.Ordinal);

    private static List<Country> Parse()
    {
        var countries = new List<Country>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            countries.Add(new Country(parts[0], List(parts[1]), parts[2].Length == 0 ? null : parts[2], List(parts[3])));
        }
        return countries;

        static string[] List(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
