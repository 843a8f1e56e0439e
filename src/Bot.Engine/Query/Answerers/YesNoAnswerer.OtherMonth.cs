namespace Bot.Engine.Query.Answerers;

/// <summary>Claims dated by a month alone, checked against the month the text gives what the claim says.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did it become a candidate in January?" of "Last June the country became a candidate": a claim giving a month but
    /// no year, where the clauses of the text that say most of the claim name only other months, is dated otherwise.
    /// The month given, if so. Claims with a year are checked by the whole date.
    /// </summary>
    private static int? OtherMonth(Turn t, string text)
    {
        if (t.Q.Date is not { Year: null, Month: { } asked })
            return null;
        var reading = Reading.Of(text);
        var months = ClaimClauseTexts(reading, Focus(t, reading)).SelectMany(c => DateText.Months(Text.Tokenizer.Tokens(c.Text))).Distinct().ToList();
        return months.Count > 0 && !months.Contains(asked) ? months[0] : null;
    }
}
