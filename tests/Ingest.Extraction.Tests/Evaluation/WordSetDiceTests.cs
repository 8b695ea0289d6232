using Ingest.Core.Extraction;
using Ingest.Extraction.Evaluation;
using static Ingest.Extraction.Tests.TestSupport.Make;

namespace Ingest.Extraction.Tests.Evaluation;

public class WordSetDiceTests
{
    [Fact]
    public void Dice_is_twice_the_overlap_over_the_sum_of_the_set_sizes()
    {
        // {ra, soat, van, ban} and {ra, soat, de, an}: overlap 2, sizes 4 + 4: 2·2/8 = 0.5.
        var dice = WordSetDice.Between("Rà soát văn bản", "rà soát đề án");

        Assert.Equal(new WordSetDice(2, 8), dice);
        Assert.Equal(0.5, dice.Value);
    }

    [Fact]
    public void Repeated_words_count_once()
    {
        // {giam, ngheo} on both sides: 2·2/(2+2) = 1.
        Assert.Equal(1.0, WordSetDice.Between("giảm nghèo, giảm nghèo", "Giảm nghèo").Value);
    }

    [Fact]
    public void Two_empty_texts_are_equal_and_one_empty_text_shares_nothing()
    {
        Assert.Equal(1.0, WordSetDice.Between(null, " - ").Value);
        Assert.Equal(0.0, WordSetDice.Between("", "giảm nghèo").Value);
    }

    [Fact]
    public void Tasks_with_Dice_exactly_one_half_pair()
    {
        // 2·2/(4+4) = 0.5, which reaches the threshold.
        var pairing = TaskPairing.Of([Task("Rà soát văn bản")], [Task("Rà soát đề án")]);

        Assert.Single(pairing.Pairs);
    }

    [Fact]
    public void Tasks_with_Dice_just_under_one_half_do_not_pair()
    {
        // {ra, soat, van, ban} and {ra, soat, de, an, moi}: 2·2/(4+5) = 4/9 ≈ 0.444 < 0.5.
        var pairing = TaskPairing.Of([Task("Rà soát văn bản")], [Task("Rà soát đề án mới")]);

        Assert.Empty(pairing.Pairs);
        Assert.Equal(new PrfScore(0, 1, 1), pairing.Score);
    }

    [Fact]
    public void Targets_with_metric_Dice_exactly_three_tenths_pair()
    {
        // 10 words each, 3 shared (một, hai, ba): 2·3/(10+10) = 0.3, which reaches the target threshold.
        TargetItem[] gold = [Target("một hai ba bốn năm sáu bảy tám chín mười", 5, "%")];
        TargetItem[] predicted = [Target("một hai ba tư lăm chục trăm nghìn triệu tỷ", 5, "%")];

        Assert.Single(TargetPairing.Of(gold, predicted).Pairs);
    }

    [Fact]
    public void Targets_with_metric_Dice_under_three_tenths_do_not_pair()
    {
        // 10 and 11 words, 3 shared: 2·3/21 ≈ 0.286 < 0.3.
        TargetItem[] gold = [Target("một hai ba bốn năm sáu bảy tám chín mười", 5, "%")];
        TargetItem[] predicted = [Target("một hai ba tư lăm chục trăm nghìn triệu tỷ vạn", 5, "%")];

        Assert.Empty(TargetPairing.Of(gold, predicted).Pairs);
    }
}
