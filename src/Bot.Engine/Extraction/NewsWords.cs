namespace Bot.Engine.Extraction;

/// <summary>
/// The word tables extraction relies on: general English news-writing vocabulary (titles, role nouns,
/// group and organisation nouns, function words). Nothing here names an article's actors or topics.
/// </summary>
internal static class NewsWords
{
    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised titles written straight before a name ("President X", "Foreign Minister X").</summary>
    public static readonly HashSet<string> Titles = Set(
        "President Vice-President Premier Chancellor Minister King Queen Prince Princess General Gen Senator Sen Governor Gov " +
        "Mayor Ambassador Director Judge Justice Chairman Chairwoman Chair Secretary Secretary-General Speaker Pope Sheikh Emir Sultan " +
        "Colonel Col Major Admiral Commodore Captain Capt Lieutenant Lt Brigadier Marshal Sergeant Commander Dr Mr Mrs Ms Professor Prof Rep Representative Archbishop Bishop Patriarch Leader Ayatollah " +
        // A trade written before a name, capitalised where it opens a sentence ("Scholar Jo Roe argues ...").
        "Scholar Analyst Historian Researcher Economist Journalist Activist Lawyer Expert Commentator Sociologist Pollster");

    /// <summary>Courtesy titles before a surname ("Mr X", "Mrs X", "Dr X"), which say nothing of what the person does.</summary>
    public static readonly HashSet<string> Honorifics = Set("Mr Mrs Ms Miss Dr Sir Dame");

    /// <summary>Words that end the name of a street ("Main Street", "Elm Avenue"): never part of a person's name.</summary>
    public static readonly HashSet<string> StreetWords = Set("Street St Avenue Ave Boulevard Blvd Road Rd Lane Square Prospekt Embankment Highway");

    /// <summary>A title as written, also with a hyphen some outlets put inside it ("Arch-Bishop"), or before two names ("Presidents").</summary>
    public static bool IsTitle(string word) => Titles.Contains(word) || (word.Contains('-') && Titles.Contains(word.Replace("-", "", StringComparison.Ordinal))) || IsPluralTitle(word);

    /// <summary>"Presidents X and Y": the title both names hold.</summary>
    public static bool IsPluralTitle(string word) => word.Length > 3 && word.EndsWith('s') && char.IsUpper(word[0]) && Titles.Contains(word[..^1]);

    /// <summary>Titles of a state's own offices: held for the country they serve, not a foreign one (unlike "Ambassador").</summary>
    public static readonly HashSet<string> StateOffices = Set("President Premier Chancellor Minister King Queen Prince Princess Emir Sultan Speaker");

    /// <summary>Words that may stand inside a multi-word title ("Prime Minister", "Foreign Minister").</summary>
    public static readonly HashSet<string> TitleModifiers = Set(
        "Prime Foreign Defense Defence Interior Finance Economy Justice Deputy Vice Acting Former Supreme Chief Lieutenant Attorney State Health Energy Executive");

    /// <summary>
    /// Capitalised words that never stand in a person's name: ordinals of rank ("Captain First Rank"), named operations,
    /// fields of study or office ("Transportation Economics", "Internal Affairs"), arms of service and media.
    /// </summary>
    public static readonly HashSet<string> NonNameWords = Set(
        "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Operation Exercise Affairs Economics Studies " +
        "Relations Politics Financing Infantry Naval Platforms War");

    /// <summary>Role nouns written before a name ("analyst X", "journalist X") or heading an appositive.</summary>
    public static readonly HashSet<string> RoleNouns = Set(
        "analyst journalist expert reporter writer author spokesman spokeswoman spokesperson commentator researcher scholar " +
        "professor economist historian activist lawyer official diplomat lawmaker ambassador minister leader head chief " +
        "director editor correspondent blogger envoy aide general commander adviser advisor candidate president chairman chairwoman speaker founder " +
        "member deputy senator governor mayor secretary counterpart colleague cleric imam priest preacher militant extremist " +
        "politician councillor councilor manager owner executive officer representative negotiator mediator observer " +
        "teacher rector vice-rector dean lecturer student actor actress doctor nurse farmer fisherman engineer artist musician " +
        "singer poet novelist filmmaker businessman businesswoman entrepreneur pensioner judge prosecutor photographer scientist " +
        "campaigner protester volunteer husband wife mother father son daughter brother sister widow " +
        // Who someone is to another ("a friend of the mayor", "a close ally of X"), and a member of parliament.
        "friend ally associate confidant partner relative cousin neighbour neighbor acquaintance MP");

    /// <summary>Plural nouns that name a group of people ("veterans groups", "religious leaders").</summary>
    public static readonly HashSet<string> GroupNouns = Set(
        "officials leaders veterans groups extremists islamists organizations organisations movements factions protesters " +
        "protestors activists civilians troops soldiers peacekeepers policymakers lawmakers diplomats militants rebels fighters " +
        "residents citizens workers farmers students voters community clerics journalists analysts experts officers authorities " +
        "forces fishermen owners drivers nationalists separatists insurgents jihadists salafists refugees migrants businessmen investors parties " +
        "people elites generals ministers legislators deputies senators politicians members supporters opponents critics");

    /// <summary>
    /// Plurals for a set of states' governments ("Western governments", "Western powers", "European capitals"): a group when
    /// a capitalised word describes them.
    /// </summary>
    public static readonly HashSet<string> BlocNouns = new(["governments", "powers", "capitals"], StringComparer.Ordinal);

    /// <summary>Lower-case words that may modify a group noun ("religious leaders", "opposition factions").</summary>
    public static readonly HashSet<string> GroupModifiers = Set(
        "religious military war opposition political underground international local government security dissenting " +
        "parliamentary foreign regional senior army police business civil civic ethnic tribal armed rebel islamist radical " +
        "moderate conservative liberal opposing ruling state party youth student labour labor trade veterans human rights " +
        "border defense defence intelligence economic financial diplomatic peace fishing farming");

    /// <summary>Heads that make a capitalised name an organisation ("... Council", "... Foundation", "... Post").</summary>
    public static readonly HashSet<string> OrganisationHeads = Set(
        "Organization Organisation Council Union Committee Party Foundation Institute Institution University College Agency " +
        "Ministry Bank Court Army Navy Parliament Assembly Senate Congress Association Front League Alliance " +
        "Forum Fund Company Corporation Post Times News Herald Journal Magazine Gazette Tribune Telegraph Guardian Center Centre " +
        "Commission Service Office Department Government Movement Network Society Church Federation Authority Board School " +
        "Academy Force Forces Command Staff Brigade Battalion Treaty Community Council Coalition Group Bureau Cabinet Administration " +
        "Secretariat Program Programme Initiative Project Trust Club Institute Observatory Watch Radio Television TV Press Zeitung " +
        CompanyWords);

    /// <summary>
    /// Words that make a name of two or more words a body when they close it ("Harbour Lines", "Seafarers United",
    /// "Kestrel Airways"), though alone or inside a name they may be anything.
    /// </summary>
    public static readonly HashSet<string> OrganisationEnds = Set(
        "United Lines Airlines Airways Railways Shipping Logistics Partners Capital Ventures Investments Securities Insurance " +
        "Energy Resources Mining Petroleum Motors Media Systems Labs Pharmaceuticals Telecom Brands Foods Express House Enterprises");

    /// <summary>A company's legal form or trade closing its name ("Alder Sourcing Ltd", "Brenn Technologies").</summary>
    private const string CompanyWords = "Ltd Limited Inc Incorporated Corp LLC LLP GmbH PLC Holdings Technologies Industries Electronics Semiconductor Semiconductors";

    public static readonly HashSet<string> CompanyHeads = Set(CompanyWords);

    /// <summary>Lower-case nouns after a capitalised name that make it an organisation ("Alder Unity party", "X news agency").</summary>
    public static readonly HashSet<string> OrganisationNouns = Set(
        "party magazine newspaper agency movement foundation institute council parliament company militia network channel " +
        "broadcaster website coalition bloc alliance group union");

    /// <summary>Nouns for a body that its name may follow, beyond those that may close it ("the NGO X", "its mining business, X").</summary>
    public static readonly HashSet<string> BodyNounsNamingAfter = Set("outlet business firm fund charity NGO conglomerate subsidiary operator organisation");

    /// <summary>Institutions a demonym turns into an organisation ("Ruritanian parliament", "French government").</summary>
    public static readonly HashSet<string> Institutions = Set(
        "parliament government army military navy police legislature cabinet judiciary senate presidency administration embassy");

    /// <summary>
    /// Last words that make a capitalised name a place, route, conflict or idea rather than a person
    /// ("Caspian Sea", "Silk Road", "Okra Street", "Cold War", "Arab Spring"): a topic of the article, not an actor.
    /// </summary>
    public static readonly HashSet<string> PlaceHeads = Set(
        "Asia Europe Africa America Americas Arctic Antarctic Pacific Atlantic Mediterranean Caucasus Balkans Baltics Levant Sahel " +
        "East West North South Sea Seas Ocean Gulf Bay Strait Straits Lake River Valley Basin Mountains Mountain Range Peninsula " +
        "Island Islands Coast Desert Steppe Plateau Delta Strip Heights Region Zone Territory Territories Corridor Route Road Highway " +
        "Routes Railway Railroad Pipeline Canal Bridge Port Street Avenue Boulevard Lane Square Prospekt Embankment District " +
        "Game War Wars Conflict Crisis Revolution Spring Accord Accords Agreement Deal " +
        "Summit Format Process Doctrine Belt Empire Empires Dynasty Era Age " +
        // Russian and other regions' own kinds of province ("Tarsk Krai", "Upper Varna Oblast"), and plans.
        "Oblast Krai Okrug Raion Governorate Province Prefecture Plan Strategy Concept");

    /// <summary>
    /// Adjectives of a region, a faith or a bloc ("European leaders", "post-Cold War European security", "a Western
    /// bloc"): capitalised like names, yet never part of a person's name.
    /// </summary>
    public static readonly HashSet<string> RegionAdjectives = Set(
        "European Asian African Eurasian Arab Arabic Latin Nordic Baltic Balkan Slavic Soviet Caucasian Caspian Atlantic " +
        "Pacific Mediterranean Arctic Western Eastern Northern Southern Central Islamic Muslim Christian Orthodox Catholic " +
        "Protestant Jewish Sunni Shia Shiite Buddhist Hindu Communist Socialist Liberal Conservative Democratic Republican");

    /// <summary>First words that make a capitalised name a region ("Central Asia", "Middle East", "Far North").</summary>
    public static readonly HashSet<string> PlaceOpeners = Set(
        "Central Eastern Western Northern Southern Middle Upper Lower Greater Inner Outer Far Near North South East West " +
        "Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern Trans Pan");

    /// <summary>Lowercase kinds of place written after a capitalised name ("the Tacna province", "Upper Tacna district").</summary>
    public static readonly HashSet<string> PlaceKinds = Set(
        "province provinces region regions district districts oblast city town village villages county state republic " +
        "territory enclave exclave border capital port valley island islands coast");

    /// <summary>Words that join parts of an organisation's name ("Council of ...", "Committee on ...").</summary>
    public static readonly HashSet<string> NameJoiners = Set("of on for and");

    /// <summary>Function words: they end a name or a role phrase and never start a name.</summary>
    public static readonly HashSet<string> FunctionWords = Set(
        "a an the this that these those its his her their our my your as while when although though even if since because " +
        "and or but so yet in on at by for from with without to of into onto over under about against between among amongst " +
        "after before during until through across like unlike via per than then however therefore instead meanwhile also " +
        "is are was were be been being has have had do does did will would can could may might must shall should it he she " +
        "they we i you who whom whose which what where why how not no nor one two three four five six seven eight nine ten " +
        // Words that open a sentence before a name ("Following X's win", "Despite X's promises").
        "following despite given regarding concerning considering according amid amidst notwithstanding including excluding " +
        "besides throughout ultimately indeed moreover furthermore nevertheless nonetheless thus hence now still only both all " +
        "beyond within behind alongside upon toward towards around along inside outside");

    /// <summary>Quantifiers, capitalised when they open a sentence before a name ("Some European leaders", "Each Harbour Board"): never part of a person's name.</summary>
    public static readonly HashSet<string> Quantifiers = Set("some any each every many most several few other others such various numerous certain");

    /// <summary>Prepositions: a name right after one is an object, not the subject of the clause.</summary>
    public static readonly HashSet<string> Prepositions = Set(
        "in on at by for from with without to of into onto over under about against between among amongst after before " +
        "during until through across via per toward towards near within behind beyond alongside upon despite");

    /// <summary>Words that open a clause inserted between a subject and its verb (", which ...,", ", like X,").</summary>
    public static readonly HashSet<string> InsertionOpeners = Set("which who whose whom like such including especially notably");

    /// <summary>Auxiliaries and adverbs that may stand between a subject and its verb.</summary>
    public static readonly HashSet<string> Auxiliaries = Set(
        "has have had is are was were will would can could may might must should also has not did does do");

    public static readonly HashSet<string> NumberWords = Set("two three four five six seven eight nine ten several many");

    /// <summary>Words that write an amount ("38 billion euros", "€40m", "19 percent"): how much, never what of.</summary>
    private static readonly HashSet<string> AmountWords = Set("hundred thousand million billion trillion bn mn percent euros dollars pounds roubles rubles yuan");

    public static bool IsAmount(string word) => AmountWords.Contains(word) || word.Any(char.IsDigit);

    /// <summary>Words that write when or how long ("last month", "recent years", "a decade ago", "the past few weeks"), never what about.</summary>
    private static readonly HashSet<string> TimeSpanWords = Set(
        "year years month months week weeks day days decade decades century centuries night nights morning mornings hour hours time times "
        + "ago last past recent next coming previous few early late earlier later current every");

    /// <summary>Whether every word only says when: such a phrase is a time, not a topic.</summary>
    public static bool IsTimeSpan(IEnumerable<string> words) => words.All(w => TimeSpanWords.Contains(w) || Dates.IsMonth(w) || (w.Length > 0 && char.IsDigit(w[0]) && w.TrimEnd(DaySuffixes).All(char.IsDigit)));

    /// <summary>"the 19th": a day of the month.</summary>
    private static readonly char[] DaySuffixes = ['s', 't', 'n', 'd', 'r', 'h'];

    public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

    /// <summary>Whether capitalised words name a place, route, conflict or idea: a place head last, or a region word first.</summary>
    public static bool IsPlaceName(IReadOnlyList<string> words) =>
        words.Count > 0 && (PlaceHeads.Contains(words[^1]) || (words.Count > 1 && PlaceOpeners.Contains(words[0].Split('-')[0])));
}
