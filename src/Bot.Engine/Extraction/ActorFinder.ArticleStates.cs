using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    private readonly Dictionary<string, Country> _articleStates = new(StringComparer.Ordinal);

    /// <summary>
    /// States the gazetteer lacks that the article shows to be states (see <see cref="ArticleStates"/>): each is drafted
    /// with its adjective and capital as other names, and the people and groups it names by them ("Ostrava's Foreign
    /// Minister Jo Roe", "Ostravan officials") serve it.
    /// </summary>
    private void FindArticleStates()
    {
        var taken = _actors.SelectMany(a => a.Names).ToHashSet(StringComparer.Ordinal);
        foreach (var found in ArticleStates.Find(_lines, taken.Contains))
        {
            var state = Add(found.Country.Name, ActorKind.State, found.Line, found.Quote);
            // "the Ostravan capital, Velk": what the article says of the state is where it governs from.
            if (found.Country.Capital is { } capital)
                state.OfferRole($"State whose capital is {capital}", RoleRank.Defining, found.Line, found.Quote);
            foreach (var form in found.Country.Forms)
            {
                state.AddAlias(form);
                _articleStates[form] = found.Country;
            }
        }
        foreach (var actor in _actors.Where(a => a.Kind != ActorKind.State && a.Affiliation is null))
            actor.Affiliation = ArticleStateIn(actor.Names.Prepend(actor.Role ?? ""))?.Name;
    }

    /// <summary>The state of the article's own a text names by any of its forms ("Ostrava's", "Ostravan").</summary>
    private Country? ArticleStateIn(IEnumerable<string> texts) =>
        texts.SelectMany(t => Words.Split(t)).Select(w => _articleStates.GetValueOrDefault(w.Text)).FirstOrDefault(c => c is not null);

    /// <summary>A country of the gazetteer or one the article shows to be a state.</summary>
    private Country? StateOf(string word) => CountryOf(word) ?? _articleStates.GetValueOrDefault(word);
}
