using Ingest.Extraction.Evaluation;

namespace Ingest.Extraction.Tests.Evaluation;

public class FieldEqualityTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "")]
    [InlineData("", "  ")]
    [InlineData("Ủy ban nhân dân tỉnh", "UỶ BAN NHÂN DÂN TỈNH")]
    [InlineData("2235/KH-UBND", "2235 kh ubnd")]
    [InlineData("%", " % ")]
    public void Same_after_folding(string? gold, string? predicted) =>
        Assert.True(FieldEquality.Same(gold, predicted));

    [Theory]
    [InlineData(null, "Mùa A Sơn")]
    [InlineData("Mùa A Sơn", null)]
    [InlineData("Mùa A Sơn", "")]
    [InlineData("2019-12-31", "2019-12-30")]
    // "%" folds to nothing; it must still differ from a missing unit and from another symbol.
    [InlineData("%", null)]
    [InlineData("%", "‰")]
    public void Different(string? gold, string? predicted) =>
        Assert.False(FieldEquality.Same(gold, predicted));
}
