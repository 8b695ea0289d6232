using Ingest.Core.Extraction;
using Ingest.Extraction.Evaluation;
using static Ingest.Extraction.Tests.TestSupport.Make;

namespace Ingest.Extraction.Tests.Evaluation;

/// <summary>Owners, deadlines, target attributes and document fields, each scored on its own.</summary>
public class TaskAttributeScoreTests
{
    [Fact]
    public void Owners_of_an_unpaired_predicted_task_are_false_alarms()
    {
        TaskItem[] gold = [Task("Sở Y tế kiểm tra an toàn thực phẩm", null, Lead("Sở Y tế"))];
        TaskItem[] predicted = [Task("Sở Y tế kiểm tra an toàn thực phẩm", null, Lead("Sở Y tế")), Task("Nội dung khác hẳn", null, Lead("Sở Y tế"))];

        var score = OwnerScore.Of(gold, predicted, TaskPairing.Of(gold, predicted));

        // The same (name, role) on an unpaired task does not count: 1 right, 1 gold, 2 predicted.
        Assert.Equal(new PrfScore(1, 1, 2), score);
    }

    [Fact]
    public void Deadline_accuracy_needs_both_due_and_recurrence_and_skips_gold_without_either()
    {
        TaskItem[] gold =
        [
            Task("nhiệm vụ một về y tế", Due("2025-12-31")),
            Task("nhiệm vụ hai về giáo dục", Due("2025-12-31")),
            Task("nhiệm vụ ba về giao thông", Due(null)),       // a time phrase with no date: not scored
            Task("nhiệm vụ bốn về nông nghiệp", null),          // no deadline: not scored
            Task("nhiệm vụ năm về môi trường", Due(null, "ongoing")),
        ];
        TaskItem[] predicted =
        [
            Task("nhiệm vụ một về y tế", Due("2025-12-31")),                // right
            Task("nhiệm vụ hai về giáo dục", Due("2025-12-31", "annual")), // due right, recurrence wrong
            Task("nhiệm vụ ba về giao thông", Due("2030-12-31")),
            Task("nhiệm vụ bốn về nông nghiệp", Due("2030-12-31")),
            Task("nhiệm vụ năm về môi trường", null),                       // missing: wrong
        ];

        var accuracy = DeadlineAccuracy.Of(gold, predicted, TaskPairing.Of(gold, predicted));

        // Scored: tasks 1, 2 and 5; right: task 1. 1/3.
        Assert.Equal(new Accuracy(1, 3), accuracy);
    }

    [Fact]
    public void Target_attributes_need_direction_comparator_and_baseline_all_right()
    {
        TargetItem[] gold =
        [
            Target("tỷ lệ hộ nghèo", 2, "%", "2025", "decrease", "at_least", "2020"),
            Target("tỷ lệ trường đạt chuẩn quốc gia", 80, "%", "2025", "reach", "exactly", null),
        ];
        TargetItem[] predicted =
        [
            Target("tỷ lệ hộ nghèo", 2, "%", "2025", "decrease", "at_least", null),   // baseline missing
            Target("trường đạt chuẩn quốc gia", 80, "%", "2025", "reach", "exactly", null),
        ];

        var pairing = TargetPairing.Of(gold, predicted);

        Assert.Equal(new PrfScore(2, 2, 2), pairing.Score);
        Assert.Equal(new Accuracy(1, 2), TargetAttributeAccuracy.Of(gold, predicted, pairing));
    }

    [Fact]
    public void A_null_gold_field_equals_only_a_missing_prediction()
    {
        var gold = new DocumentFields { File = FileName, Number = null, Kind = "Kế hoạch", Date = null, Issuer = "Sở Y tế", Signer = null };
        var predicted = new DocumentFields { File = FileName, Number = "", Kind = "Kế hoạch", Date = "2025-01-01", Issuer = "Sở Tài chính", Signer = null };

        // number (null vs "") right, kind right, date (null vs a date) wrong, issuer wrong, signer right: 3/5.
        Assert.Equal(new Accuracy(3, 5), DocumentFieldAccuracy.Of(gold, predicted));
    }
}
