namespace Bot.Engine.Tests.Support;

/// <summary>
/// A small second article and annotation, unrelated to the shipped one, proving the engine
/// knows articles only through the seeds.
/// </summary>
public static class HarbourArticle
{
    public const string FileName = "harbour-dispute.txt";
    public const string ModelFileName = "harbour-dispute.model.yaml";

    public const string Text = """
        Harbour Plan Splits Two Towns

          • By Lena Ortiz

        Mayor Jane Roe of Port Alder at the harbour in 2019.

        On March 3, Mayor Jane Roe of Port Alder announced a plan to dredge the shared harbour.

        The neighbouring town of Greenwick rejected the plan on March 9, saying that dredging would harm its oyster beds.

        Greenwick's council leader, Tom Hale, argued that the harbour should be left as it is.

        Port Alder's council backed new rules that reduced the mayor's powers over the harbour.

        Fishing Rights

        Greenwick's refusal can be explained by its fishing industry, which depends on the oyster beds, and by an old rivalry with Port Alder.

        Lena Ortiz is a reporter for the Coastal Herald.
        """;

    public const string Model = """
        article:
          source: Coastal Herald
          summary: "Port Alder wants to dredge the shared harbour; Greenwick refuses."
          quote: "Mayor Jane Roe of Port Alder announced a plan to dredge the shared harbour"
          captions: ["Mayor Jane Roe of Port Alder at the harbour in 2019."]
        actors:
          - id: port-alder
            name: Port Alder
            kind: state
            aliases: [Alder]
            role: "Town that wants to dredge the harbour."
            quote: "Mayor Jane Roe of Port Alder"
          - id: greenwick
            name: Greenwick
            kind: state
            aliases: [Greenwickers]
            role: "Neighbouring town that rejected the dredging plan."
            quote: "The neighbouring town of Greenwick rejected the plan"
          - id: roe
            name: Jane Roe
            kind: person
            aliases: [Roe, Mayor Roe]
            role: "Mayor of Port Alder."
            affiliation: port-alder
            gender: female
            quote: "Mayor Jane Roe of Port Alder"
          - id: hale
            name: Tom Hale
            kind: person
            aliases: [Hale]
            role: "Greenwick's council leader."
            affiliation: greenwick
            gender: male
            quote: "Greenwick's council leader, Tom Hale"
          - id: tom-baker
            name: Tom Baker
            kind: person
            aliases: [Baker]
            role: "A fisherman in Greenwick who is not quoted."
            affiliation: greenwick
            gender: male
            quote: "Greenwick's council leader"
        topics:
          - id: dredging
            name: dredging the harbour
            aliases: [dredge, dredging, harbour plan]
            quote: "a plan to dredge the shared harbour"
          - id: harbour-rules
            name: new harbour rules
            aliases: [harbour rules]
            quote: "new rules that reduced the mayor's powers over the harbour"
        positions:
          - id: roe-on-dredging
            actor: roe
            topic: dredging
            stance: supports
            statement: "Mayor Jane Roe wants to dredge the shared harbour."
            quote: "announced a plan to dredge the shared harbour"
          - id: greenwick-on-dredging
            actor: greenwick
            topic: dredging
            stance: opposes
            statement: "Greenwick rejects the dredging plan because it would harm its oyster beds."
            quote: "dredging would harm its oyster beds"
          - id: council-on-rules
            actor: port-alder
            topic: harbour-rules
            stance: supports
            statement: "Port Alder's council backed new rules that reduced the mayor's powers over the harbour."
            quote: "Port Alder's council backed new rules that reduced the mayor's powers over the harbour."
        events:
          - id: plan-announced
            date: 2021-03-03
            year_inferred: true
            participants: [roe, port-alder]
            topics: [dredging]
            summary: "Mayor Jane Roe announced the plan to dredge the harbour."
            keywords: [announce, plan]
            quote: "On March 3, Mayor Jane Roe of Port Alder announced a plan"
          - id: plan-rejected
            date: 2021-03-09
            year_inferred: true
            participants: [greenwick]
            topics: [dredging]
            summary: "Greenwick rejected the dredging plan."
            keywords: [reject, refuse]
            quote: "Greenwick rejected the plan on March 9"
        explanations:
          - id: why-greenwick-refused
            claim: "Greenwick refused the dredging plan."
            about: [greenwick, dredging]
            keywords: [refuse, reject]
            reasons:
              - text: "Its fishing industry depends on the oyster beds."
                quote: "its fishing industry, which depends on the oyster beds"
              - text: "It has an old rivalry with Port Alder."
                quote: "an old rivalry with Port Alder"
        relations:
          - id: rivals
            from: greenwick
            to: port-alder
            kind: rival
            description: "Greenwick and Port Alder have an old rivalry."
            quote: "an old rivalry with Port Alder"
        statements:
          - id: hale-argument
            speaker: hale
            said: "Tom Hale argued that the harbour should be left as it is."
            quote: "argued that the harbour should be left as it is"
        lists:
          - id: refusal-reasons
            name: reasons for Greenwick's refusal
            aliases: [reasons]
            items: ["its fishing industry", "an old rivalry with Port Alder"]
            quote: "by its fishing industry, which depends on the oyster beds, and by an old rivalry with Port Alder"
        """;

    public static SeedFolder Folder() => new SeedFolder().With(FileName, Text).With(ModelFileName, Model);
}
