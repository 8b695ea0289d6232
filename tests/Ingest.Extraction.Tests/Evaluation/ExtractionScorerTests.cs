using System.Text;
using Ingest.Core.Extraction;
using Ingest.Extraction.Evaluation;
using Ingest.Extraction.Tests.TestSupport;
using static Ingest.Extraction.Tests.TestSupport.Make;
using static Ingest.Extraction.Tests.TestSupport.SampleDirective;

namespace Ingest.Extraction.Tests.Evaluation;

/// <summary>Whole-document scores of hand-made predictions against <see cref="SampleDirective.Gold"/>.</summary>
public class ExtractionScorerTests
{
    private const int Places = 10;

    [Fact]
    public void A_prediction_equal_to_gold_scores_perfect()
    {
        var scores = ExtractionScorer.Score(Gold, Gold);

        AssertPerfect(scores);
    }

    [Fact]
    public void An_empty_prediction_scores_zero_and_has_no_deadline_or_attribute_accuracy()
    {
        var scores = ExtractionScorer.Score(Gold, ExtractionFile.Empty(Make.FileName));

        // Tasks: 0 matched of 3 gold, 0 predicted. P is 0 by definition (no prediction while gold has some),
        // R = 0/3 = 0, F1 = 0.
        Assert.Equal(new PrfScore(0, 3, 0), scores.Tasks);
        Assert.Equal((0.0, 0.0, 0.0), (scores.Tasks.Precision, scores.Tasks.Recall, scores.Tasks.F1));
        // Owners: 2 + 1 + 1 = 4 gold triples, all missed.
        Assert.Equal(new PrfScore(0, 4, 0), scores.Owners);
        Assert.Equal(0.0, scores.Owners.F1);
        // No paired task, so no deadline to score: 0/0, reported as "no accuracy" (null).
        Assert.Equal(new Accuracy(0, 0), scores.Deadlines);
        Assert.Null(scores.Deadlines.Share);
        Assert.Equal(new PrfScore(0, 2, 0), scores.Targets);
        Assert.Null(scores.TargetAttributes.Share);
        // All 5 gold fields are set and the prediction has none: 0/5.
        Assert.Equal(0.0, scores.DocumentFields.Share);
    }

    [Fact]
    public void One_missed_task_costs_recall_of_tasks_and_of_its_owners()
    {
        var predicted = Directive([Reorganise, Inform], [Staff, Units], Document);

        var scores = ExtractionScorer.Score(Gold, predicted);

        // Tasks: P = 2/2 = 1, R = 2/3, F1 = 2·1·(2/3) / (1 + 2/3) = (4/3) / (5/3) = 0.8.
        Assert.Equal(new PrfScore(2, 3, 2), scores.Tasks);
        Assert.Equal(1.0, scores.Tasks.Precision, Places);
        Assert.Equal(2.0 / 3, scores.Tasks.Recall, Places);
        Assert.Equal(0.8, scores.Tasks.F1, Places);
        // Owners: gold 2 + 1 + 1 = 4; predicted 2 + 1 = 3, all right. P = 3/3 = 1, R = 3/4,
        // F1 = 2·1·0.75 / 1.75 = 6/7 ≈ 0.857142857.
        Assert.Equal(new PrfScore(3, 4, 3), scores.Owners);
        Assert.Equal(6.0 / 7, scores.Owners.F1, Places);
        // Both paired tasks with a gold due or recurrence are right: 2/2.
        Assert.Equal(new Accuracy(2, 2), scores.Deadlines);
    }

    [Fact]
    public void A_wrong_owner_role_is_one_miss_and_one_false_alarm()
    {
        var wrongRole = Task(Reorganise.Text, Reorganise.Deadline, Lead("Sở Nội vụ"), Lead("Sở Tài chính"));
        var predicted = Directive([wrongRole, Inform, Report], [Staff, Units], Document);

        var scores = ExtractionScorer.Score(Gold, predicted);

        // (Sở Tài chính, support) is missed and (Sở Tài chính, lead) is a false alarm: 3 of 4 gold, 3 of 4 predicted.
        // P = R = 3/4, F1 = 0.75. The tasks themselves still pair: 3/3.
        Assert.Equal(new PrfScore(3, 4, 4), scores.Owners);
        Assert.Equal(0.75, scores.Owners.F1, Places);
        Assert.Equal(1.0, scores.Tasks.F1, Places);
    }

    [Fact]
    public void A_target_with_a_wrong_unit_does_not_pair()
    {
        var wrongUnit = Target(Staff.Metric!, 10, "đơn vị", "2021", "decrease", "at_least", "2015");
        var predicted = Directive([Reorganise, Inform, Report], [wrongUnit, Units], Document);

        var scores = ExtractionScorer.Score(Gold, predicted);

        // Only Units pairs: P = 1/2, R = 1/2, F1 = 0.5; its direction, comparator and baseline are right: 1/1.
        Assert.Equal(new PrfScore(1, 2, 2), scores.Targets);
        Assert.Equal(0.5, scores.Targets.F1, Places);
        Assert.Equal(new Accuracy(1, 1), scores.TargetAttributes);
    }

    [Fact]
    public void Differences_only_in_diacritics_case_punctuation_and_normalization_score_perfect()
    {
        var predicted = Directive(
            [
                Task("SO NOI VU chu tri ra soat sap xep lai cac don vi su nghiep cong lap",
                    Due("2019-12-31"), Lead("so noi vu"), Support("SỞ TÀI CHÍNH")),
                // Decomposed (NFD) input must fold like composed input.
                Task("Sở Thông tin và Truyền thông tổ chức tuyên truyền về đổi mới đơn vị sự nghiệp".Normalize(NormalizationForm.FormD),
                    Due(null, "ANNUAL"), Lead("Sở Thông tin và Truyền thông".Normalize(NormalizationForm.FormD))),
                // Old-style tone mark: "Uỷ" rather than "Ủy".
                Task("Uỷ ban nhân dân các huyện - báo cáo kết quả thực hiện kế hoạch!!",
                    null, Lead("Uỷ ban nhân dân các huyện")),
            ],
            [
                Target("bien che su nghiep huong luong tu ngan sach nha nuoc", 10, "%", "2021", "decrease", "at_least", "2015"),
                Target("ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP", 10.0m, "%", "2021", "Decrease", "AT_LEAST", "2015"),
            ],
            new DocumentFields
            {
                File = Make.FileName,
                Number = "2235/kh-ubnd",
                Kind = "KẾ HOẠCH",
                Issuer = "Uy ban nhan dan tinh Dien Bien",
                Date = "2018-08-14",
                Signer = "MÙA A SƠN",
            });

        var scores = ExtractionScorer.Score(Gold, predicted);

        AssertPerfect(scores);
    }

    [Fact]
    public void Two_predictions_similar_to_one_gold_task_pair_only_the_better_one()
    {
        // Gold words {ra, soat, van, ban, quy, pham, phap, luat}: 8.
        var gold = Directive([Task("Rà soát văn bản quy phạm pháp luật", null, Lead("Sở Tư pháp"))]);
        var predicted = Directive(
            [
                // 6 words, all in gold: Dice 2·6/(8+6) = 12/14 ≈ 0.857. Listed first, yet it is the worse pair.
                Task("Rà soát văn bản quy phạm", null, Lead("Văn phòng Ủy ban nhân dân tỉnh")),
                // 10 words, 8 in gold: Dice 2·8/(8+10) = 16/18 ≈ 0.889: the best pair.
                Task("Rà soát văn bản quy phạm pháp luật năm 2025", null, Lead("Sở Tư pháp")),
            ]);

        var pairing = TaskPairing.Of(gold.Tasks, predicted.Tasks);
        var scores = ExtractionScorer.Score(gold, predicted);

        Assert.Equal([(0, 1)], pairing.Pairs.Select(p => (p.Gold, p.Predicted)));
        // Tasks: P = 1/2, R = 1/1, F1 = 2·0.5·1 / 1.5 = 2/3.
        Assert.Equal(new PrfScore(1, 1, 2), scores.Tasks);
        Assert.Equal(2.0 / 3, scores.Tasks.F1, Places);
        // Owners go through the pairs: the better pair's owner is right, the other task's owner is a false alarm.
        Assert.Equal(new PrfScore(1, 1, 2), scores.Owners);
    }

    private static void AssertPerfect(ScoreSet scores)
    {
        Assert.Equal(new PrfScore(3, 3, 3), scores.Tasks);
        Assert.Equal(new PrfScore(4, 4, 4), scores.Owners);
        Assert.Equal(new Accuracy(2, 2), scores.Deadlines);
        Assert.Equal(new PrfScore(2, 2, 2), scores.Targets);
        Assert.Equal(new Accuracy(2, 2), scores.TargetAttributes);
        Assert.Equal(new Accuracy(5, 5), scores.DocumentFields);
        Assert.Equal((1.0, 1.0, 1.0), (scores.Tasks.Precision, scores.Tasks.Recall, scores.Tasks.F1));
        Assert.Equal(1.0, scores.Owners.F1);
        Assert.Equal(1.0, scores.Targets.F1);
    }
}
