namespace Ingest.Search.Results;

/// <summary>One facet value with how many matching items have it; <see cref="Label"/> is what to show (an agency's name).</summary>
public sealed record FacetCount(string Value, string Label, int Count);
