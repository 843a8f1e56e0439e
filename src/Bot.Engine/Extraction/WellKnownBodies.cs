namespace Bot.Engine.Extraction;

/// <summary>
/// International bodies news writing names by acronym or in full (general knowledge, not any article's), so a
/// draft that meets "the EU" also answers to "European Union": acronym | full name | other names.
/// </summary>
internal static class WellKnownBodies
{
    private const string Table = """
        EU|European Union|
        UN|United Nations|
        UNSC|United Nations Security Council|UN Security Council,Security Council
        NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation,Nato
        OSCE|Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe
        CSTO|Collective Security Treaty Organization|Collective Security Treaty Organisation
        EAEU|Eurasian Economic Union|EEU
        SCO|Shanghai Cooperation Organisation|Shanghai Cooperation Organization
        OTS|Organization of Turkic States|Organisation of Turkic States,Turkic Council
        CIS|Commonwealth of Independent States|
        ASEAN|Association of Southeast Asian Nations|
        AU|African Union|
        OPEC|Organization of the Petroleum Exporting Countries|
        IMF|International Monetary Fund|
        WTO|World Trade Organization|World Trade Organisation
        WHO|World Health Organization|World Health Organisation
        ICC|International Criminal Court|
        IAEA|International Atomic Energy Agency|
        ISAF|International Security Assistance Force|
        IS|Islamic State|ISIS,ISIL,Daesh
        G7|Group of Seven|
        G20|Group of Twenty|
        """;

    private static readonly List<string[]> Bodies = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|') is var cells ? new[] { cells[0], cells[1] }.Concat(cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray() : []).ToList();

    /// <summary>Gives an organisation every other name of the well-known body one of its names is.</summary>
    public static void AddNames(ActorDraft organisation)
    {
        var names = organisation.Names.ToHashSet(StringComparer.Ordinal);
        foreach (var body in Bodies.Where(b => b.Any(names.Contains)))
        {
            foreach (var name in body)
                organisation.AddAlias(name);
        }
    }
}
