namespace Ingest.Core.Extraction;

/// <summary>The fields of the document itself: ký hiệu, kind, issuer, place, date, title, signer, cited documents.</summary>
public sealed record DocumentFields
{
    public required string File { get; init; }

    public string? Number { get; init; }

    public string? Kind { get; init; }

    public string? Issuer { get; init; }

    public string? Place { get; init; }

    /// <summary>Ngày ban hành as an ISO date (YYYY-MM-DD), or null.</summary>
    public string? Date { get; init; }

    public string? Title { get; init; }

    public string? Signer { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];
}
