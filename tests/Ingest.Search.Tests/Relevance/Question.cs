namespace Ingest.Search.Tests.Relevance;

/// <summary>A question a researcher asks, as a query, with its answer computed from the gold records.</summary>
public sealed record Question(string Ask, string Query, Func<TestSupport.GoldItem, bool> IsAnswer);
