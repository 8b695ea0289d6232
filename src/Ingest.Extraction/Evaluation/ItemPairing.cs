namespace Ingest.Extraction.Evaluation;

/// <summary>
/// Gold and predicted items paired one-to-one, best pairs first, when the Dice coefficient of their folded word sets
/// is at least a threshold (and, where the rules ask, other fields agree); <see cref="Score"/> is precision, recall
/// and F1 over the items.
/// </summary>
public sealed class ItemPairing
{
    private ItemPairing(IReadOnlyList<ItemPair> pairs, PrfScore score)
    {
        Pairs = pairs;
        Score = score;
    }

    public IReadOnlyList<ItemPair> Pairs { get; }

    public PrfScore Score { get; }

    /// <param name="eligible">Whether gold item g and predicted item p may pair at all (by index); null: any.</param>
    public static ItemPairing Of(IReadOnlyList<WordSet> gold, IReadOnlyList<WordSet> predicted, decimal threshold, Func<int, int, bool>? eligible = null)
    {
        var candidates = new List<ItemPair>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (eligible is not null && !eligible(g, p))
                {
                    continue;
                }
                var dice = WordSetDice.Between(gold[g], predicted[p]);
                if (dice.AtLeast(threshold))
                {
                    candidates.Add(new ItemPair(g, p, dice.Value));
                }
            }
        }
        var pairs = OneToOnePairing.Pair(candidates);
        return new ItemPairing(pairs, new PrfScore(pairs.Count, gold.Count, predicted.Count));
    }
}
