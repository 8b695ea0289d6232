using Ingest.Core.Vietnamese;
using Ingest.Search.Analysis;
using Ingest.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Ingest.Search.Querying;

/// <summary>The query for one <c>field:value</c>.</summary>
internal static class FieldQueries
{
    private static readonly Dictionary<string, string> TypeNames = new()
    {
        ["task"] = ItemTypes.Task, ["nhiem vu"] = ItemTypes.Task,
        ["target"] = ItemTypes.Target, ["chi tieu"] = ItemTypes.Target,
        ["document"] = ItemTypes.Document, ["van ban"] = ItemTypes.Document,
    };

    private static readonly string[] Recurrences = ["annual", "semiannual", "quarterly", "monthly", "ongoing"];

    public static bool IsKnown(string field) => QueryFields.Examples.ContainsKey(field);

    public static bool TakesRange(string field) => field is QueryFields.Due or QueryFields.Year or QueryFields.Date;

    public static Query Range(QueryToken field, string from, string to) =>
        DateValues.Range(DateField(field.Text), field, from, to);

    public static Query Value(QueryToken field, string value)
    {
        if (value.Trim().Length == 0)
        {
            throw QueryErrors.MissingValue(field);
        }
        return field.Text switch
        {
            QueryFields.Owner => Agency(field, [IndexFields.Lead, IndexFields.Support], IndexFields.OwnerId, value),
            QueryFields.Lead => Agency(field, [IndexFields.Lead], IndexFields.LeadId, value),
            QueryFields.Support => Agency(field, [IndexFields.Support], IndexFields.SupportId, value),
            QueryFields.Kind => Names(field, IndexFields.Kind, value),
            QueryFields.Issuer => Names(field, IndexFields.Issuer, value),
            QueryFields.Place => Names(field, IndexFields.Place, value),
            QueryFields.Due or QueryFields.Year or QueryFields.Date => DateValues.Period(DateField(field.Text), field, value.Trim()),
            QueryFields.Type => Type(field, value),
            QueryFields.Cites => NumberKey(field, IndexFields.Cites, value),
            QueryFields.Number => NumberKey(field, IndexFields.Number, value),
            QueryFields.Recurrence => Recurrence(field, value),
            QueryFields.Document => new TermQuery(new Term(IndexFields.DocumentId, value.Trim())),
            _ => throw QueryErrors.UnknownField(field),
        };
    }

    private static string DateField(string field) => field == QueryFields.Due ? IndexFields.Due : IndexFields.Date;

    /// <summary>
    /// An agency id (it has an '@' scope, or is exactly an id) or a name matched as a folded phrase in any of the name
    /// fields: owner: asks the leads' and the supports' names (an owner's name is indexed once, under its role).
    /// </summary>
    private static Query Agency(QueryToken field, string[] nameFields, string idField, string value)
    {
        if (value.Contains(Agencies.AgencyIdentity.ScopeSeparator))
        {
            return new TermQuery(new Term(idField, value.Trim().ToLowerInvariant()));
        }
        if (nameFields.Length == 1)
        {
            return Names(field, nameFields[0], value);
        }
        var any = new BooleanQuery(disableCoord: true);
        foreach (var nameField in nameFields)
        {
            any.Add(Names(field, nameField, value), Occur.SHOULD);
        }
        return any;
    }

    /// <summary>The value's folded syllables, next to each other, in a folded name field.</summary>
    private static Query Names(QueryToken field, string indexField, string value)
    {
        var terms = new List<string>();
        using (var stream = IndexAnalyzer.Folded.GetTokenStream(indexField, value))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }
            stream.End();
        }
        if (terms.Count == 0)
        {
            throw QueryErrors.NothingToMatch(field, value);
        }
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(indexField, terms[0]));
        }
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(indexField, term));
        }
        return phrase;
    }

    private static Query NumberKey(QueryToken field, string indexField, string value)
    {
        var key = DocumentNumbers.Key(value);
        return key.Length == 0 ? throw QueryErrors.NothingToMatch(field, value) : new TermQuery(new Term(indexField, key));
    }

    /// <summary>One type, or several separated by '|' (type:task|target).</summary>
    private static Query Type(QueryToken field, string value)
    {
        var types = value.Split('|').Select(v => TypeNames.GetValueOrDefault(VietnameseText.FoldForComparison(v))
            ?? throw QueryErrors.BadChoice(field, v, ItemTypes.All)).Distinct().ToList();
        if (types.Count == 1)
        {
            return new TermQuery(new Term(IndexFields.Type, types[0]));
        }
        var any = new BooleanQuery();
        foreach (var type in types)
        {
            any.Add(new TermQuery(new Term(IndexFields.Type, type)), Occur.SHOULD);
        }
        return any;
    }

    private static Query Recurrence(QueryToken field, string value)
    {
        var normalised = value.Trim().ToLowerInvariant();
        return Recurrences.Contains(normalised)
            ? new TermQuery(new Term(IndexFields.Recurrence, normalised))
            : throw QueryErrors.BadChoice(field, value, Recurrences);
    }
}
