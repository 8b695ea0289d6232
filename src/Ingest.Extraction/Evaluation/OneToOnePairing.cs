namespace Ingest.Extraction.Evaluation;

/// <summary>Greedy one-to-one pairing, best pairs first, as the scoring rules ask for tasks and targets.</summary>
public static class OneToOnePairing
{
    /// <summary>
    /// Takes candidate pairs in order of falling score and keeps each whose gold and predicted items are both still
    /// free. Ties are broken by gold index, then predicted index, so that the same input always gives the same pairs.
    /// The result is ordered by gold index.
    /// </summary>
    public static IReadOnlyList<ItemPair> Pair(IEnumerable<ItemPair> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<ItemPair>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (!usedGold.Contains(candidate.Gold) && !usedPredicted.Contains(candidate.Predicted))
            {
                usedGold.Add(candidate.Gold);
                usedPredicted.Add(candidate.Predicted);
                pairs.Add(candidate);
            }
        }
        return [.. pairs.OrderBy(p => p.Gold)];
    }
}
