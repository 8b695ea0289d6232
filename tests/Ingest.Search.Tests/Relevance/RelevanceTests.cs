using Ingest.Core.Extraction;
using Ingest.Search.Results;
using Ingest.Search.Tests.TestSupport;
using Xunit.Abstractions;
using static Ingest.Search.Tests.Relevance.GoldPredicates;

namespace Ingest.Search.Tests.Relevance;

/// <summary>
/// The relevance check: researchers' questions over an index of the 27 gold files, each answer computed from the
/// gold records by the predicates above, and the precision and recall of what the search returns.
/// </summary>
public sealed class RelevanceTests(GoldIndex gold, ITestOutputHelper output) : IClassFixture<GoldIndex>
{
    public static readonly Question[] Questions =
    [
        new("tasks led by Sở Nội vụ", "lead:\"Sở Nội vụ\"", i => Owns(i, "Sở Nội vụ", Owner.Lead)),
        new("tasks led by Sở Nội vụ due in 2019", "lead:\"Sở Nội vụ\" due:2019", i => Owns(i, "Sở Nội vụ", Owner.Lead) && DueYear(i, 2019)),
        new("tasks led by Sở Tài chính due in 2026", "lead:\"Sở Tài chính\" due:2026", i => Owns(i, "Sở Tài chính", Owner.Lead) && DueYear(i, 2026)),
        new("every task of Sở Y tế, any role", "owner:\"so y te\"", i => Owns(i, "Sở Y tế")),
        new("tasks Sở Tài chính supports", "support:\"Sở Tài chính\"", i => Owns(i, "Sở Tài chính", Owner.Support)),
        new("tasks Sở Nội vụ supports outside Điện Biên", "support:\"Sở Nội vụ\" -place:\"Điện Biên\"",
            i => Owns(i, "Sở Nội vụ", Owner.Support) && i.Document.Place != "Điện Biên"),
        new("what the province asked of Ban Tuyên giáo Tỉnh ủy", "owner:\"Ban Tuyên giáo Tỉnh ủy\"", i => Owns(i, "Ban Tuyên giáo Tỉnh ủy")),
        new("tasks led by Công an tỉnh", "lead:\"Công an tỉnh\"", i => Owns(i, "Công an tỉnh", Owner.Lead)),
        new("tasks of the commune people's committees", "owner:\"Ủy ban nhân dân các xã, phường\"", i => Owns(i, "Ủy ban nhân dân các xã, phường")),
        new("Bộ Xây dựng's tasks", "lead:\"Bộ Xây dựng\" type:task", i => Owns(i, "Bộ Xây dựng", Owner.Lead)),
        new("Sở Khoa học và Công nghệ leads, due 2025–2026", "lead:\"Sở Khoa học và Công nghệ\" due:[2025 TO 2026]",
            i => Owns(i, "Sở Khoa học và Công nghệ", Owner.Lead) && DueBetween(i, 20250101, 20261231)),
        new("giảm nghèo, typed without diacritics", "giam ngheo", i => ContainsAll(i, "giảm nghèo")),
        new("giảm nghèo, typed with diacritics", "giảm nghèo", i => ContainsAll(i, "giảm nghèo")),
        new("GIẢM NGHÈO, in capitals", "GIẢM NGHÈO", i => ContainsAll(i, "giảm nghèo")),
        new("all targets about biên chế", "type:target \"biên chế\"", i => i.Type == "target" && Phrase(i, "biên chế")),
        new("everything about biên chế", "\"bien che\"", i => Phrase(i, "biên chế")),
        new("tinh giản biên chế as a phrase", "\"tinh giản biên chế\"", i => Phrase(i, "tinh giản biên chế")),
        new("đơn vị sự nghiệp công lập targets", "\"đơn vị sự nghiệp công lập\" type:target", i => i.Type == "target" && Phrase(i, "đơn vị sự nghiệp công lập")),
        new("chuyển đổi số as a phrase", "\"chuyển đổi số\"", i => Phrase(i, "chuyển đổi số")),
        new("chuyen doi so, free words without diacritics", "chuyen doi so", i => ContainsAll(i, "chuyển đổi số")),
        new("an toàn thực phẩm", "\"an toàn thực phẩm\"", i => Phrase(i, "an toàn thực phẩm")),
        new("phòng, chống ma túy", "\"phòng, chống ma túy\"", i => Phrase(i, "phòng chống ma túy")),
        new("science, technology and innovation tasks", "khoa học công nghệ đổi mới sáng tạo type:task",
            i => i.Type == "task" && ContainsAll(i, "khoa học công nghệ đổi mới sáng tạo")),
        new("documents implementing 19-NQ/TW", "cites:\"19-NQ/TW\" type:document", i => i.Type == "document" && Cites(i, "19-NQ/TW")),
        new("tasks of plans implementing 57-NQ/TW", "cites:\"57-NQ/TW\" type:task", i => i.Type == "task" && Cites(i, "57-NQ/TW")),
        new("tasks of one plan by its number", "number:\"2235/KH-UBND\" type:task", i => i.Type == "task" && i.Document.Number == "2235/KH-UBND"),
        new("Điện Biên tasks due in 2019", "place:\"Điện Biên\" type:task due:2019", i => i.Type == "task" && i.Document.Place == "Điện Biên" && DueYear(i, 2019)),
        new("tasks of chỉ thị", "kind:\"Chỉ thị\" type:task", i => i.Type == "task" && Field(i.Document.Kind, "Chỉ thị")),
        new("documents issued in 2018", "year:2018 type:document", i => i.Type == "document" && i.Year == 2018),
        new("anything due from November to mid-December 2025", "due:[2025-11 TO 2025-12-15]", i => DueBetween(i, 20251101, 20251215)),
        new("targets for 2030", "type:target due:2030", i => i.Type == "target" && DueYear(i, 2030)),
        new("Cần Thơ's targets", "issuer:\"Ủy ban nhân dân thành phố Cần Thơ\" type:target",
            i => i.Type == "target" && Field(i.Document.Issuer, "Ủy ban nhân dân thành phố Cần Thơ")),
        new("yearly tasks in Cần Thơ", "type:task recurrence:annual place:\"Cần Thơ\"",
            i => i.Type == "task" && i.Document.Place == "Cần Thơ" && GoldFiles.Get(i.Id[..i.Id.IndexOf("-task-")]).Tasks[TaskIndex(i)].Deadline?.Recurrence == "annual"),
        new("Hà Nội documents", "type:document place:\"Hà Nội\"", i => i.Type == "document" && i.Document.Place == "Hà Nội"),
        new("Hồ Chí Minh City tasks and targets due in 2025", "type:task|target place:\"thanh pho ho chi minh\" due:2025",
            i => i.Type != "document" && i.Document.Place == "Thành phố Hồ Chí Minh" && DueYear(i, 2025)),
    ];

    private static int TaskIndex(GoldItem item) => int.Parse(item.Id[(item.Id.LastIndexOf('-') + 1)..]) - 1;

    private HashSet<string> Retrieved(string query) =>
        gold.Index.Search(new SearchRequest(query) { Size = SearchRequest.MaxSize }).Hits.Select(h => h.Id).ToHashSet();

    [Fact]
    public void At_least_thirty_questions_each_with_an_answer_in_the_gold_corpus()
    {
        Assert.True(Questions.Length >= 30);
        Assert.All(Questions, q => Assert.True(GoldItem.All.Any(q.IsAnswer), $"no gold answer for: {q.Ask}"));
    }

    [Fact]
    public void Precision_and_recall_over_the_questions()
    {
        int relevant = 0, retrieved = 0, correct = 0;
        var worst = new List<(string Ask, double Precision, double Recall)>();
        output.WriteLine($"{"question",-55} {"query",-60} {"gold",5} {"found",5} {"P",6} {"R",6}");
        foreach (var question in Questions)
        {
            var expected = GoldItem.All.Where(question.IsAnswer).Select(i => i.Id).ToHashSet();
            var found = Retrieved(question.Query);
            var hits = found.Count(expected.Contains);
            var (precision, recall) = (found.Count == 0 ? 1.0 : (double)hits / found.Count, (double)hits / expected.Count);
            output.WriteLine($"{question.Ask,-55} {question.Query,-60} {expected.Count,5} {found.Count,5} {precision,6:0.000} {recall,6:0.000}");
            (relevant, retrieved, correct) = (relevant + expected.Count, retrieved + found.Count, correct + hits);
            worst.Add((question.Ask, precision, recall));
        }
        var (microPrecision, microRecall) = ((double)correct / retrieved, (double)correct / relevant);
        output.WriteLine($"micro precision {microPrecision:0.000}, micro recall {microRecall:0.000} over {Questions.Length} questions");

        Assert.True(microPrecision >= 0.98, $"micro precision {microPrecision:0.000}");
        Assert.True(microRecall >= 0.98, $"micro recall {microRecall:0.000}");
        Assert.All(worst, w => Assert.True(w.Precision >= 0.9 && w.Recall >= 0.9, $"{w.Ask}: P {w.Precision:0.000}, R {w.Recall:0.000}"));
    }

    /// <summary>
    /// Known-item questions: the five most distinctive words of one task (those in the fewest gold items), typed
    /// without diacritics and in any order, find that task among the first three.
    /// </summary>
    [Theory]
    [InlineData("004_42d72bf88131c20e-task-2")]
    [InlineData("ttg-2597-qd-ttg-task-10")]
    [InlineData("can-tho-165-kh-ubnd-task-5")]
    [InlineData("son-la-2954-qd-ubnd-task-20")]
    [InlineData("nghe-an-987-kh-ubnd-task-7")]
    [InlineData("dak-lak-010-ct-ubnd-task-3")]
    public void The_distinctive_words_of_a_task_find_it_among_the_first_three(string id)
    {
        var frequency = GoldItem.All.SelectMany(i => i.Words.Distinct()).CountBy(w => w).ToDictionary(p => p.Key, p => p.Value);
        var item = GoldItem.All.Single(i => i.Id == id);
        var query = string.Join(' ', item.Words.Distinct().OrderBy(w => frequency[w]).ThenBy(w => w, StringComparer.Ordinal).Take(5).Reverse());

        var top = gold.Index.Search(new SearchRequest(query) { Size = 3 }).Hits.Select(h => h.Id);

        Assert.Contains(id, top);
    }
}
