namespace Bot.Engine.Query.Answerers;

/// <summary>Claims dated by a month alone, checked against the month the text gives what the claim says.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did it become a candidate in January?" of "Last June the country became a candidate": a claim giving a month but
    /// no year, where the clauses of the text that say most of the claim name only other months, is dated otherwise.
    /// So is one dated "last month" or "this month", the month before the article's or its own. The month given, if so.
    /// Claims with a year are checked by the whole date.
    /// </summary>
    private static int? OtherMonth(Turn t, string text)
    {
        if ((t.Q.Date is { Year: null, Month: { } month } ? month : MonthFromPublication(t)) is not { } asked)
            return null;
        var reading = Reading.Of(text);
        var months = ClaimClauseTexts(reading, Focus(t, reading)).SelectMany(c => DateText.Months(Text.Tokenizer.Tokens(c.Text))).Distinct().ToList();
        return months.Count > 0 && !months.Contains(asked) ? months[0] : null;
    }

    /// <summary>
    /// The month a claim's "last month" or "this month" means, counted from the month the articles were published in, when
    /// they give one and all the same; null for a claim dated otherwise.
    /// </summary>
    private static int? MonthFromPublication(Turn t)
    {
        if (t.Q.Date is not null || !t.Q.Words.Contains(" month", StringComparison.Ordinal)
            || Enumerable.Range(1, t.Q.Tokens.Count - 1).FirstOrDefault(i => t.Q.Tokens[i] == "month" && t.Q.Tokens[i - 1] is "last" or "this") is not (> 0 and var at))
            return null;
        var published = t.Index.Knowledge.Articles.Select(m => m.Info.Published?.Month).Distinct().ToList();
        return published is [{ } own] ? (t.Q.Tokens[at - 1] == "this" ? own : own == 1 ? 12 : own - 1) : null;
    }
}
