using Ingest.Search.Results;

namespace Ingest.Web.Api;

/// <summary>
/// Reads a search from the query string: q, filter=dimension:value (repeatable), sort=relevance|due|date,
/// page, size (or limit), facets=true|false. A bad parameter gets a 400 with a Vietnamese message.
/// </summary>
public static class SearchRequestReader
{
    public const int MaxSize = 500;

    public static (SearchRequest? Request, IResult? Error) Read(HttpRequest http, bool facetsByDefault)
    {
        var query = http.Query;
        var filters = new List<FacetFilter>();
        foreach (var text in query["filter"])
        {
            if (FacetFilter.Parse(text ?? "") is not { } filter)
            {
                return (null, Bad($"Bộ lọc '{text}' phải viết dạng nhóm:giá trị, ví dụ place:Điện Biên.",
                    $"The filter '{text}' must be dimension:value, e.g. place:Điện Biên."));
            }
            filters.Add(filter);
        }
        var sortText = query["sort"].ToString();
        if (!TryReadSort(sortText, out var sort))
        {
            return (null, Bad($"Cách sắp xếp '{sortText}' không có; hãy dùng relevance, due hoặc date.",
                $"There is no sort '{sortText}'; use relevance, due or date."));
        }
        return (new SearchRequest(query["q"].ToString())
        {
            Filters = filters,
            Sort = sort,
            Page = Math.Max(1, Int(query["page"]) ?? 1),
            Size = Math.Clamp(Int(query["size"]) ?? Int(query["limit"]) ?? 20, 1, MaxSize),
            Facets = bool.TryParse(query["facets"], out var facets) ? facets : facetsByDefault,
            FacetSize = Math.Clamp(Int(query["facet_size"]) ?? 10, 1, 100),
        }, null);
    }

    public static IResult Bad(string vietnamese, string english) =>
        Results.Problem(vietnamese, statusCode: StatusCodes.Status400BadRequest, title: "Câu truy vấn không hợp lệ",
            extensions: new Dictionary<string, object?> { ["message"] = english });

    private static bool TryReadSort(string text, out SearchSort sort)
    {
        sort = SearchSort.Relevance;
        return text.Length == 0 || (Enum.TryParse(text, ignoreCase: true, out sort) && Enum.IsDefined(sort));
    }

    private static int? Int(Microsoft.Extensions.Primitives.StringValues value) => int.TryParse(value, out var number) ? number : null;
}
