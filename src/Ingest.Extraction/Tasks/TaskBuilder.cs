using System.Text.RegularExpressions;
using Ingest.Core.Extraction;
using Ingest.Extraction.Deadlines;
using Ingest.Extraction.Owners;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tasks;

/// <summary>
/// Walks the outline and emits tasks as the annotation guide defines them: items of the parts that assign work;
/// lead-ins, topic headings and owner headings pass their owners and time down; a closing line such as "Thời gian
/// thực hiện các nhiệm vụ trên ..." gives its time to the sibling items before it; unmarked paragraphs after an
/// item continue it.
/// </summary>
public sealed partial class TaskBuilder(string? documentKind, int? documentYear, Func<OutlineNode, SectionKind, string>? classify = null)
{
    private readonly List<TaskDraft> _drafts = [];

    public IReadOnlyList<TaskItem> Build(OutlineNode root)
    {
        WalkParts(root.Children, Inherited.Start);
        CrossReferences.Apply(root, _drafts);
        return _drafts.Select(d => d.ToTask()).ToList();
    }

    /// <summary>Top-level parts in order; returns the context after them.</summary>
    private Inherited WalkParts(IEnumerable<OutlineNode> nodes, Inherited context)
    {
        foreach (var node in nodes)
        {
            if (node.Paragraph?.IsTableRow == true)
            {
                AddTableRow(node);
                continue;
            }
            if (Closing().IsMatch(node.Text))
            {
                // The signature block; a plan issued by a Quyết định may follow it, and its parts start anew.
                context = Inherited.Start with { Section = SectionKind.Closing };
                continue;
            }
            if (!node.IsMarked)
            {
                if (context.Section == SectionKind.Preamble && DirectiveLeadIn().IsMatch(node.Text))
                {
                    context = context with { Section = SectionKind.Work, Owners = OwnersOfLeadIn(node.Text) };
                }
                else if (context.Section == SectionKind.Work)
                {
                    Visit(node, context);
                }
                continue;
            }
            if (node.Marker!.Kind == MarkerKind.Article)
            {
                // "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …": the articles only issue the plan.
                context = Inherited.Start with { Section = SectionKind.NotWork };
                continue;
            }
            if (node.Marker.Kind == MarkerKind.Roman)
            {
                var kind = SectionClassifier.Classify(node.Text, documentKind);
                if (kind is null && node.Marker.Label.Length == 0)
                {
                    // A line in capitals that names no part (the title): what hangs under it belongs to the level above.
                    context = WalkParts(node.Children, context);
                    continue;
                }
                context = Inherited.Start with { Section = kind ?? SectionKind.Work };
            }
            Visit(node, context);
        }
        return context;
    }

    /// <summary>A row of a task table: the task cell, chủ trì and phối hợp cells, and the time cell.</summary>
    private void AddTableRow(OutlineNode node)
    {
        var cells = node.Paragraph!.Cells!;
        var header = TableHeader.Of(node.Paragraph.Header!);
        // A row may lack its last cells (an empty "Nguồn kinh phí" leaves two bars in a row, which end the row).
        if (header is null || cells.Count > node.Paragraph.Header!.Count || header.Task >= cells.Count)
        {
            return;
        }
        var text = cells[header.Task];
        if (WordCount(text) < 3 || (Cell(cells, header.Lead).Length == 0 && Cell(cells, header.Time).Length == 0))
        {
            return; // a group row ("I | CƠ CHẾ, CHÍNH SÁCH") or an empty row
        }
        var owners = new List<Owner>();
        AddCellOwners(owners, header.Lead < cells.Count ? cells[header.Lead] : "", Owner.Lead);
        if (header.Support >= 0 && header.Support < cells.Count)
        {
            AddCellOwners(owners, cells[header.Support], Owner.Support);
        }
        var time = header.Time >= 0 && header.Time < cells.Count
            ? TimeExpressionParser.Parse(cells[header.Time], documentYear, bareYears: true)
            : null;
        _drafts.Add(new TaskDraft(node, text, owners, time, time is not null));
    }

    /// <summary>A cell of a row, empty where the column is missing or the row stops short.</summary>
    private static string Cell(IReadOnlyList<string> cells, int column) => column >= 0 && column < cells.Count ? cells[column] : "";

    private static void AddCellOwners(List<Owner> owners, string cell, string role)
    {
        var mentions = AgencyRecognizer.Find(cell);
        var names = mentions.Count > 0
            ? mentions.Select(m => m.Canonical)
            : CellSeparator().Split(cell).Select(c => AgencyNames.Canonical(c)).Where(p => p.Length > 2);
        foreach (var part in names)
        {
            if (!owners.Any(o => o.Name == part) && !(role == Owner.Support && VaguePartner.Is(part)))
            {
                owners.Add(new Owner(part, role));
            }
        }
    }

    private void Visit(OutlineNode node, Inherited context)
    {
        var section = HeadingKind(node) ?? context.Section;
        context = context with { Section = section };
        if (section != SectionKind.Work)
        {
            // "b) Thời gian: …" under a heading outside the work parts still governs the work items beside it.
            var sectionTime = node.MarkedChildren.Select(c => TimeLabel().IsMatch(c.Text) ? TimeExpressionParser.Parse(c.Text, documentYear) : null)
                .FirstOrDefault(t => t is { HasDueOrRecurrence: true });
            var sectionContext = sectionTime is null ? context : context with { Time = sectionTime };
            foreach (var child in node.MarkedChildren)
            {
                Visit(child, sectionContext);
            }
            return;
        }
        if (node.MarkedChildren.Any(c => FieldLabel().IsMatch(c.Text) && !ContentLabel().IsMatch(c.Text)))
        {
            VisitFieldBlock(node, context);
            return;
        }
        var hasChildren = node.MarkedChildren.Any();
        var continuation = node.Children.Where(c => !c.IsMarked && !IsGroupTimeLine(c.Text) && !ExecutionClause().IsMatch(c.Text) && !ClosingRemark().IsMatch(c.Text)).ToList();
        var continued = continuation.Select((c, i) => hasChildren && i == continuation.Count - 1 ? LeadInOf(c, context) : c.Text).ToList();
        if (!hasChildren && continuation.Count >= 2 && node.Marker is { Kind: not MarkerKind.Roman } && IsTopicOverParagraphs(node))
        {
            // "2.1. Về phát triển kinh tế" over paragraphs without markers (as OCR'd party documents write them): each
            // paragraph is a task of its own; the heading lends them its owners and time.
            var topicContext = context with
            {
                Owners = context.Combine(RoleReader.Read(node.Text)),
                Time = context.Choose(TimeExpressionParser.Parse(node.Text, documentYear)),
            };
            foreach (var paragraph in continuation)
            {
                Visit(paragraph, topicContext);
            }
            ApplyGroupTimeLines(node);
            return;
        }
        // "12. Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh" over a paragraph: the paragraph is the task, the heading its owners.
        var ownerHeading = !hasChildren && continued.Count > 0 && node.Marker is { Kind: not MarkerKind.Roman } && OwnerHeading.NamesOnly(node.Marker.Rest);
        var text = node.Marker?.Kind == MarkerKind.Roman ? node.Text
            : string.Join(' ', (ownerHeading ? [] : new[] { node.Text }).Concat(continued));
        var ownOwners = RoleReader.Read(node.Marker?.Kind == MarkerKind.Roman ? text
            : string.Concat(new[] { node.Text }.Concat(continued.Select((next, k) =>
                (ItemText.StartsSentence(k == 0 ? node.Text : continued[k - 1], next) ? "\n" : " ") + next))));
        if (ownerHeading && RoleReader.Read(text) is { } named && HasLead(named))
        {
            ownOwners = named; // "2. Sở KH&CN, Sở Nội vụ" over "Sở KH&CN chủ trì, phối hợp với Sở Nội vụ …": the paragraph says who does what
        }
        var describedGroup = hasChildren && node.Marker is { Kind: not MarkerKind.Roman } ? OwnerHeading.DescribedGroup(node.Marker.Rest, ownOwners) : null;
        if (describedGroup is not null)
        {
            ownOwners = [describedGroup]; // "5. Các chủ rừng là tổ chức (…)" over its items: an owner heading
        }
        var ownTime = TimeExpressionParser.Parse(text, documentYear);
        var owners = context.Combine(ownOwners);
        var time = context.Choose(ownTime);
        if (hasChildren && CoversNamedProjects(node))
        {
            _drafts.Add(new TaskDraft(node, text, owners, time, ownTime is { HasDueOrRecurrence: true }));
        }
        else if (hasChildren)
        {
            if (describedGroup is null && !IsLeadIn(node, ownOwners))
            {
                _drafts.Add(new TaskDraft(node, text, owners, time, ownTime is { HasDueOrRecurrence: true }));
            }
            var childContext = context with { Owners = owners, Time = time };
            // "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025" among the items governs the items of its part.
            var timeItem = node.MarkedChildren.FirstOrDefault(c => TimeLabel().IsMatch(c.Text));
            if (timeItem is not null && TimeExpressionParser.Parse(timeItem.Text, documentYear) is { HasDueOrRecurrence: true } itemTime)
            {
                childContext = childContext with { Time = itemTime };
            }
            var isPart = node.Marker?.Kind == MarkerKind.Roman;
            foreach (var child in node.Children)
            {
                if (child.IsMarked && child != timeItem)
                {
                    Visit(child, childContext);
                }
                else if (child.IsMarked)
                {
                    continue;
                }
                else if (isPart && child.Text.TrimEnd().EndsWith(':'))
                {
                    // A lead-in paragraph under a part heading ("Đề nghị Thường trực Tỉnh ủy … sau:") governs the items after it.
                    var leadIn = RoleReader.Read(LeadInOf(child, childContext));
                    childContext = childContext with
                    {
                        Owners = childContext.Combine(leadIn),
                        Time = childContext.Choose(TimeExpressionParser.Parse(child.Text, documentYear)),
                    };
                }
                else if (isPart && !IsGroupTimeLine(child.Text))
                {
                    Visit(child, childContext);
                }
            }
        }
        else if (node.IsMarked && IsTask(text) && !IsFundingStatement(text, ownOwners) && !IsReportContent(text, ownOwners))
        {
            _drafts.Add(new TaskDraft(node, text, owners, time, ownTime is { HasDueOrRecurrence: true }));
        }
        else if (!node.IsMarked && IsTask(text) && !IsGroupTimeLine(text) && !IsFundingStatement(text, ownOwners) && !Vetoed(node, section))
        {
            _drafts.Add(new TaskDraft(node, text, owners, time, ownTime is { HasDueOrRecurrence: true }));
        }
        ApplyGroupTimeLines(node);
    }

    /// <summary>
    /// An item written as fields ("- Nội dung: …", "- Cơ quan thực hiện: Sở X chủ trì, phối hợp với …", "- Thời gian
    /// thực hiện: Quý IV/2025") is one task, like a table row; "+" bullets under "Nội dung:" are one task each.
    /// </summary>
    private void VisitFieldBlock(OutlineNode node, Inherited context)
    {
        var owners = new List<Owner>();
        TimeExpression? time = null;
        OutlineNode? content = null;
        foreach (var field in node.MarkedChildren)
        {
            var label = FieldLabel().Match(field.Text);
            if (!label.Success)
            {
                continue;
            }
            var value = string.Join(' ', new[] { field.Text[label.Length..].Trim() }.Concat(field.Children.Select(c => c.Text)));
            var name = label.Groups["name"].Value.ToLowerInvariant();
            if (ContentLabel().IsMatch(field.Text))
            {
                content = field;
            }
            else if (name.StartsWith("thời gian", StringComparison.Ordinal))
            {
                time = TimeExpressionParser.Parse(value, documentYear, bareYears: true) ?? time;
            }
            else if (name.Contains("phối hợp", StringComparison.Ordinal))
            {
                foreach (var mention in AgencyRecognizer.Find(value).Where(m => !VaguePartner.Is(m.Canonical)))
                {
                    owners.Add(new Owner(mention.Canonical, Owner.Support));
                }
            }
            else
            {
                var read = RoleReader.Read(value);
                owners.InsertRange(0, HasLead(read) ? read
                    : AgencyRecognizer.Find(value).Select(m => new Owner(m.Canonical, Owner.Lead)).Concat(read));
            }
        }
        // "- Các nội dung hỗ trợ … bao gồm:" with "+" bullets plays the part of "Nội dung:".
        content ??= node.MarkedChildren.FirstOrDefault(c => !FieldLabel().IsMatch(c.Text) && c.MarkedChildren.Any());
        var combined = context.Combine(owners.DistinctBy(o => o.Name).ToList());
        var chosen = context.Choose(time);
        if (content is not null && content.MarkedChildren.Any())
        {
            foreach (var item in content.MarkedChildren)
            {
                _drafts.Add(new TaskDraft(item, item.Text, combined, chosen, time is not null));
            }
            return;
        }
        var text = content is null ? node.Text : ContentLabel().Replace(content.Text, "").Trim();
        if (time is null)
        {
            // "Nội dung: Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12)": the time is in the content.
            var contentTime = TimeExpressionParser.Parse(text, documentYear);
            chosen = contentTime is { HasDueOrRecurrence: true } ? contentTime : chosen;
            time = contentTime is { HasDueOrRecurrence: true } ? contentTime : null;
        }
        _drafts.Add(new TaskDraft(content ?? node, text, combined, chosen, time is not null));
    }

    /// <summary>
    /// A lead-in of several sentences ("Ban Thường vụ Tỉnh ủy … thống nhất lãnh đạo …. Cấp ủy, tổ chức đảng … tổ chức
    /// thực hiện các nhiệm vụ sau:"): the last sentence introduces the items; a sentence before it that names its own
    /// lead assigns work of its own and is a task. Returns the text that introduces the items.
    /// </summary>
    private string LeadInOf(OutlineNode paragraph, Inherited context)
    {
        var text = paragraph.Text;
        var boundary = text.TrimEnd().EndsWith(':') ? SentenceBoundary().Matches(text).LastOrDefault() : null;
        if (boundary is null)
        {
            return text;
        }
        var before = text[..boundary.Index].Trim();
        var owners = RoleReader.Read(before);
        if (WordCount(before) < 8 || !HasLead(owners) || !IsTask(before))
        {
            return text;
        }
        var time = TimeExpressionParser.Parse(before, documentYear);
        _drafts.Add(new TaskDraft(paragraph, before, owners, context.Choose(time), time is { HasDueOrRecurrence: true }));
        return text[boundary.Index..].Trim();
    }

    /// <summary>"Thời gian thực hiện các nhiệm vụ trên …" under the last item governs it and its earlier siblings.</summary>
    private void ApplyGroupTimeLines(OutlineNode node)
    {
        foreach (var line in node.Children.Where(c => !c.IsMarked && IsGroupTimeLine(c.Text)))
        {
            var time = TimeExpressionParser.Parse(line.Text, documentYear);
            if (time is not { HasDueOrRecurrence: true })
            {
                continue;
            }
            var siblings = node.Parent?.MarkedChildren.TakeWhile(s => s != node).Append(node).ToHashSet() ?? [node];
            foreach (var draft in _drafts.Where(d => siblings.Contains(d.Node) || d.Node.Ancestors().Any(siblings.Contains)))
            {
                if (!draft.HasOwnTime)
                {
                    draft.Time = time;
                }
            }
        }
    }

    private SectionKind? HeadingKind(OutlineNode node) =>
        node.MarkedChildren.Any() && WordCount(node.Text) <= 16 ? SectionClassifier.Classify(node.Text, documentKind) : null;

    /// <summary>A parent that only introduces its children: ends with ":", a short topic heading, or an owner heading.</summary>
    private static bool IsLeadIn(OutlineNode node, IReadOnlyList<Owner> ownOwners)
    {
        var text = node.Text.Trim();
        if (node.Marker?.Kind == MarkerKind.Roman)
        {
            return true;
        }
        if (text.EndsWith(':'))
        {
            return !(HasLead(ownOwners) && ItemText.ActsItself(node.Marker?.Rest ?? text));
        }
        var words = WordCount(text);
        if (words <= 30 && !text.EndsWith('.') && !HasLead(ownOwners))
        {
            return true; // "2. Tăng cường hiệu lực, hiệu quả … về công tác phòng, chống ma túy" over its items: a topic heading
        }
        return words <= 14 || (ownOwners.Count > 0 && words <= 20 && !ActionAfterOwner().IsMatch(text)) || OwnerHeading.NamesOnly(node.Marker?.Rest ?? text);
    }

    /// <summary>A short heading that names a topic ("Về …"), not an action or a body: no full stop or colon, no lead of its own.</summary>
    private static bool IsTopicOverParagraphs(OutlineNode node)
    {
        // "d) Đối với lĩnh vực khoa học và công nghệ:" over paragraphs is one item whose body runs over them.
        var text = (node.Marker?.Rest ?? node.Text).Trim();
        return TopicOpening().IsMatch(text) && WordCount(text) <= 20 && !text.EndsWith('.') && !text.EndsWith(';') && !text.EndsWith(':') && !HasLead(RoleReader.Read(text)) && !OwnerHeading.NamesOnly(text);
    }

    /// <summary>The segment classifier reads a candidate the rules found as background, not a task.</summary>
    private bool Vetoed(OutlineNode node, SectionKind section) =>
        classify is not null && classify(node, section) == Classification.SegmentClasses.Other;

    private static bool IsTask(string text) =>
        WordCount(text) >= 4 && !TargetOnly().IsMatch(text) && !IsInCapitals(text) && !IsTimeStatement(text) && !Appraisal().IsMatch(text);

    /// <summary>"Thời gian thực hiện Chương trình: Từ năm 2025 đến hết năm 2030.": when the plan runs, not work.</summary>
    private static bool IsTimeStatement(string text) =>
        TimeStatement().Match(text) is { Success: true } label && WordCount(text[label.Length..]) <= 12;

    /// <summary>"KINH PHÍ THỰC HIỆN", "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM …": a line in capitals is a heading, never a task.</summary>
    private static bool IsInCapitals(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters >= 8 && text.Count(char.IsUpper) >= letters * 0.9;
    }

    private static bool IsGroupTimeLine(string text) => GroupTimeLine().IsMatch(text);

    /// <summary>Where the money comes from ("Ngân sách tỉnh và kinh phí hỗ trợ từ Trung ương", "Nguồn xã hội hóa …") is no task unless a body is told to act.</summary>
    private static bool IsFundingStatement(string text, IReadOnlyList<Owner> ownOwners) =>
        FundingStatement().IsMatch(text) && !HasLead(ownOwners);

    /// <summary>
    /// What a report must say ("Tình hình huy động, phân bổ và sử dụng nguồn vốn.", "Tồn tại, vướng mắc phát sinh và
    /// nguyên nhân.", "Phương hướng, giải pháp thực hiện năm tiếp theo."): a short item that names a subject, not work.
    /// </summary>
    private static bool IsReportContent(string text, IReadOnlyList<Owner> ownOwners) =>
        ReportContent().IsMatch(text) && WordCount(text) <= 30 && !HasLead(ownOwners);

    /// <summary>
    /// "h) Chủ trì triển khai … các nhiệm vụ được giao tại các dự án …, bao gồm:" over "- Dự án 1: Phòng ngừa …": the
    /// item is the task; the projects it names are what it covers, not tasks of their own.
    /// </summary>
    private static bool CoversNamedProjects(OutlineNode node) =>
        node.Text.TrimEnd().EndsWith("gồm:", StringComparison.Ordinal) && node.MarkedChildren.All(c => NamedProject().IsMatch(c.Text));

    /// <summary>Whether the owners name a lead of their own (partners alone do not).</summary>
    private static bool HasLead(IEnumerable<Owner> owners) => owners.Any(o => o.Role == Owner.Lead);

    private static IReadOnlyList<Owner> OwnersOfLeadIn(string text) => RoleReader.Read(LeadInSubject().Match(text).Value);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s*[;\n]\s*|,\s*(?=(?:Sở|Bộ|Ban|Ủy ban|UBND|Công an|Văn phòng|Đài|Báo|Tập đoàn|Ngân hàng|Hội|Liên đoàn|Tỉnh đoàn|Thành đoàn|Kho bạc|Bảo hiểm|Cục|Viện|Trường|Trung tâm|các|Các)\b)")]
    private static partial Regex CellSeparator();

    /// <summary>The end of a sentence: a full stop after a word (not a list number) and a capital after it.</summary>
    [GeneratedRegex(@"(?<=\p{L}{2}[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceBoundary();

    /// <summary>
    /// The document's closing call to carry it out ("Yêu cầu Giám đốc các sở … triển khai thực hiện nghiêm túc Chỉ thị này./.",
    /// also when a sentence on how results are judged follows it): not part of the item before it.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Yêu cầu|Đề nghị)\s.{0,300}(?:thực hiện|triển khai)[^.]{0,40}(?:Chỉ thị|Kế hoạch|Quyết định|Thông báo|Nghị quyết|Công văn) này[^.]{0,40}[./]+(?:\s|$)|Văn phòng (?:Chính phủ|Ủy ban nhân dân|UBND|Tỉnh ủy|Thành ủy)[^.]{0,30}? (?:trân trọng |xin )?thông báo[^.]{0,120}[./]*$)")]
    private static partial Regex ExecutionClause();

    /// <summary>
    /// The document's closing remarks after its last item: the summary ("Trên đây là Kế hoạch …") and the standing
    /// request to report difficulties ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …"); not part of that item.
    /// </summary>
    [GeneratedRegex(@"^(?:Trên đây là\s|Trong quá trình (?:tổ chức |triển khai )*thực hiện[^.]{0,60}?(?:nếu|khi) (?:có |phát sinh )+(?:khó khăn|vướng mắc))")]
    private static partial Regex ClosingRemark();

    [GeneratedRegex(@"^(?:[-+•]\s*)?(?:\d+[.)]\s*)?(?:Kinh phí|Ngân sách|Nguồn(?: kinh phí| vốn| ngân sách| xã hội hóa| tài trợ)?|Vốn|Xã hội hóa|Hỗ trợ từ ngân sách)(?![\p{L}])")]
    private static partial Regex FundingStatement();


    [GeneratedRegex(@"(?i)^(?<name>nội dung(?: thực hiện)?|(?:cơ quan|đơn vị) (?:chủ trì|thực hiện|phối hợp)|cơ quan, đơn vị (?:chủ trì|thực hiện|phối hợp)|thời gian(?: thực hiện| hoàn thành)?|thời hạn|kết quả(?: dự kiến)?|sản phẩm)\s*:")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"(?i)^(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:")]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"^(?:Tiểu dự án|Dự án|Đề án|Chương trình|Tiểu chương trình)\s+\d+[^:]{0,40}:")]
    private static partial Regex NamedProject();

    /// <summary>"Đánh giá cao sự nỗ lực của …", "Ghi nhận, biểu dương những kết quả …": a conclusion's praise, not work.</summary>
    [GeneratedRegex(@"^(?:Đánh giá cao|Ghi nhận|Hoan nghênh|Biểu dương|Chúc mừng)(?:\s*,\s*(?:và\s+)?(?:đánh giá cao|ghi nhận|hoan nghênh|biểu dương|chúc mừng))*\s+(?:sự|những|các|kết quả|tinh thần|nỗ lực|thành tích)(?![\p{L}])")]
    private static partial Regex Appraisal();

    [GeneratedRegex(@"^(?:Tình hình|Tồn tại|Mức độ|Phương hướng|Khó khăn|Hạn chế|Nguyên nhân|Những kết quả|Kết quả đạt được)(?![\p{L}])")]
    private static partial Regex ReportContent();

    [GeneratedRegex(@"(?i)^(?:thời gian|thời hạn)[^:.;]{0,60}:")]
    private static partial Regex TimeStatement();

    [GeneratedRegex(@"(?i)^nội dung(?: thực hiện)?\s*:")]
    private static partial Regex ContentLabel();

    [GeneratedRegex(@"^(?:Nơi nhận|TM\.|T/M|KT\.|CHỦ TỊCH\b|Như trên)")]
    private static partial Regex Closing();

    [GeneratedRegex(@"(?i)(?:yêu cầu|đề nghị|giao|chỉ thị|thực hiện|kết luận|chỉ đạo)[^:]{0,200}:\s*$")]
    private static partial Regex DirectiveLeadIn();

    [GeneratedRegex(@"(?i)(?:yêu cầu|đề nghị|giao)\s+[^:]{0,300}:?\s*$")]
    private static partial Regex LeadInSubject();

    [GeneratedRegex(@"(?i)^(?:(?:Thời gian (?:thực hiện|hoàn thành)|Hoàn thành|Các nhiệm vụ trên)[^.]{0,40}(?:các nhiệm vụ|nhiệm vụ trên|nội dung trên|(?:nhiệm vụ|nội dung)(?: nêu)? (?:tại|ở|của) (?:khoản|mục|điểm|phần) này|trên)|Các (?:nhiệm vụ|nội dung)(?: nêu)? trên|Thời gian (?:thực hiện|hoàn thành)\s*:\s*[^.:;]{2,60}\.?\s*$)")]
    private static partial Regex GroupTimeLine();

    /// <summary>A quantified goal set as an item ("Phấn đấu giải ngân … đạt trên 95% kế hoạch"): a target, not a task.</summary>
    [GeneratedRegex(@"^V[ềê]\s")]
    private static partial Regex TopicOpening();

    [GeneratedRegex(@"(?i)^(?:(?:phấn đấu|đến năm \d{4},?)?\s*(?:\d+([.,]\d+)?\s*%|tỷ lệ|tỉ lệ)|phấn đấu\s[^;]{0,250}?(?:\d+(?:[.,]\d+)?\s*%|(?:đạt|tăng|giảm)\s+(?:\p{Ll}+\s+){0,2}\d))")]
    private static partial Regex TargetOnly();

    [GeneratedRegex(@"(?i)chủ trì\s+\p{L}+\s+\p{L}+|thực hiện\s+\p{L}+|xây dựng|tổ chức\s+(?!chính trị|đảng|thành viên)\p{L}+|triển khai\s+\p{L}+")]
    private static partial Regex ActionAfterOwner();
}
