namespace Ingest.Core.Extraction;

/// <summary>An agency responsible for a task; <see cref="Role"/> is <c>lead</c> or <c>support</c>.</summary>
public sealed record Owner(string Name, string Role)
{
    public const string Lead = "lead";
    public const string Support = "support";
}
