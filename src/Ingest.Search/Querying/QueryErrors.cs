namespace Ingest.Search.Querying;

/// <summary>Every way a query can be unreadable, each said in English and in Vietnamese, with where and how to fix it.</summary>
internal static class QueryErrors
{
    public static QuerySyntaxException UnclosedQuote(int position) => new(
        $"Unclosed quote at character {position}: close every quote, bracket and parenthesis (e.g. owner:\"Sở Y tế\").",
        $"Thiếu dấu ngoặc kép đóng cho dấu \" ở vị trí {position}. Ví dụ: owner:\"Sở Y tế\".");

    public static QuerySyntaxException UnclosedParenthesis(int position) => new(
        $"The parenthesis at character {position} is never closed: close every quote, bracket and parenthesis.",
        $"Dấu ngoặc đơn ở vị trí {position} chưa được đóng bằng ')'.");

    public static QuerySyntaxException Unexpected(QueryToken token) => token.Kind switch
    {
        QueryTokenKind.CloseParen => new(
            $"The ')' at character {token.Position} closes nothing: remove it or add the '(' it belongs to.",
            $"Dấu ')' ở vị trí {token.Position} không có dấu '(' tương ứng."),
        QueryTokenKind.OpenBracket or QueryTokenKind.CloseBracket => new(
            $"The '{token.Text}' at character {token.Position} is not part of a range: write ranges as due:[2025-01 TO 2025-06].",
            $"Dấu '{token.Text}' ở vị trí {token.Position} không thuộc một khoảng; viết khoảng như due:[2025-01 TO 2025-06]."),
        _ => new(
            $"'{token.Text}' at character {token.Position} needs a search term after it.",
            $"'{token.Text}' ở vị trí {token.Position} cần một điều kiện tìm kiếm ở sau."),
    };

    public static QuerySyntaxException UnknownField(QueryToken field) => new(
        $"There is no field '{field.Text}:' (character {field.Position}). Known fields: {QueryFields.Known}. " +
        "To search for the text itself, put it in quotes.",
        $"Không có trường '{field.Text}:' (vị trí {field.Position}). Các trường: {QueryFields.Known}. " +
        "Muốn tìm chính đoạn chữ này, hãy đặt nó trong dấu ngoặc kép.");

    public static QuerySyntaxException MissingValue(QueryToken field) => new(
        $"The field '{field.Text}:' at character {field.Position} needs a value, e.g. {QueryFields.Examples[field.Text]}.",
        $"Trường '{field.Text}:' ở vị trí {field.Position} cần một giá trị, ví dụ {QueryFields.Examples[field.Text]}.");

    public static QuerySyntaxException BadDate(QueryToken field, string value) => new(
        $"'{value}' after '{field.Text}:' is not a year, month or day: write {QueryFields.Examples[field.Text]}.",
        $"'{value}' sau '{field.Text}:' không phải năm, tháng hay ngày; hãy viết {QueryFields.Examples[field.Text]}.");

    public static QuerySyntaxException BadRange(QueryToken field) => new(
        $"The range after '{field.Text}:' at character {field.Position} cannot be read: write it as [2025-01 TO 2025-06] (* for an open end).",
        $"Khoảng sau '{field.Text}:' ở vị trí {field.Position} không đọc được; hãy viết như [2025-01 TO 2025-06] (* cho đầu mở).");

    public static QuerySyntaxException RangeNotAllowed(QueryToken field) => new(
        $"Only due:, year: and date: take a range; '{field.Text}:' at character {field.Position} does not.",
        $"Chỉ due:, year: và date: nhận một khoảng; trường '{field.Text}:' ở vị trí {field.Position} thì không.");

    public static QuerySyntaxException BadChoice(QueryToken field, string value, IEnumerable<string> allowed) => new(
        $"'{value}' is not a value of '{field.Text}:'; use one of: {string.Join(", ", allowed)}.",
        $"'{value}' không phải giá trị của '{field.Text}:'; hãy dùng một trong: {string.Join(", ", allowed)}.");

    public static QuerySyntaxException UnknownFacet(string name) => new(
        $"There is no facet '{name}' to filter on. Facets: {string.Join(", ", Facets.FacetDimensions.All.Select(d => d.Name))}.",
        $"Không có nhóm lọc '{name}'. Các nhóm: {string.Join(", ", Facets.FacetDimensions.All.Select(d => d.Name))}.");

    public static QuerySyntaxException NothingToMatch(QueryToken field, string value) => new(
        $"'{value}' after '{field.Text}:' has no letters or digits to search for.",
        $"'{value}' sau '{field.Text}:' không có chữ hay số nào để tìm.");
}
