using System.Text.RegularExpressions;
using Ingest.Core.Vietnamese;

namespace Ingest.Extraction.Structure;

/// <summary>
/// A task table (phụ lục) as OCR gives it: no bars, one paragraph per cell, row after row ("STT", "Tên nhiệm vụ",
/// "Cơ quan chủ trì", …, then "1", the task, the lead, the partners, the result, "2026-2030"). Rebuilds its rows so
/// that they reach the task builder like the rows of a table in the text. Only tables whose last column is the
/// time, or whose time is followed by at most three columns, are rebuilt: the time cell is the anchor that closes each
/// row, since OCR garbles the row numbers ("Z", "Đi", "5;") and merges neighbouring cells; the cells after it are
/// skipped up to the next row number.
/// </summary>
public static partial class ScannedTable
{
    private const int MaxHeaderCellLength = 60;
    private const int MaxTimeCellLength = 60;

    /// <summary>"Số TT" at the longest: every paragraph is tried as a header start, most are ruled out before folding.</summary>
    private const int MaxNumberColumnLength = 6;

    /// <summary>Columns a table may have after its time column ("Kết quả dự kiến", "Nguồn kinh phí", "Ghi chú").</summary>
    private const int MaxTrailingColumns = 3;

    /// <summary>The paragraphs with each scanned task table's cells replaced by rows; the input when there is none.</summary>
    public static IReadOnlyList<Paragraph> Rebuild(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<IReadOnlyList<string>> lines)
    {
        List<Paragraph>? output = null;
        var copied = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].IsTableRow || ReadHeader(paragraphs, lines, i) is not { } header)
            {
                continue;
            }
            output ??= [];
            output.AddRange(paragraphs.Skip(copied).Take(i - copied));
            if (header.Before is { } before)
            {
                output.Add(paragraphs[i] with { Text = before });
            }
            var end = ReadRows(paragraphs, lines, header, output);
            copied = end;
            i = end - 1;
        }
        if (output is null)
        {
            return paragraphs;
        }
        output.AddRange(paragraphs.Skip(copied));
        return output.Select((p, index) => p with { Index = index }).ToList();
    }

    /// <summary>
    /// The column names from "STT" on, the index of the first paragraph after them, and the text of the lines before
    /// "STT" when OCR ran it into them ("(Kèm theo Kế hoạch …)" / "STT"): they stay a paragraph of their own.
    /// </summary>
    private sealed record Header(int End, IReadOnlyList<string> Cells, string? Before, int Time)
    {
        /// <summary>Columns between the number and the time: task, lead, partners, result…</summary>
        public int DataColumns => Time - 1;

        /// <summary>Columns after the time ("Kết quả dự kiến", "Nguồn kinh phí"), which a row may leave empty.</summary>
        public int TrailingColumns => Cells.Count - 1 - Time;
    }

    /// <summary>"STT" and the column names after it, OCR-merged names split ("Tên nhiệm vụCơ quan chủ trì").</summary>
    private static Header? ReadHeader(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<IReadOnlyList<string>> lines, int start)
    {
        // The number column is the paragraph, or the last line of one when OCR kept no blank line before it.
        var numberColumn = lines[start].Count > 0 ? lines[start][^1].Trim() : paragraphs[start].Text.Trim();
        if (numberColumn.Length > MaxNumberColumnLength || !(NumberColumn().IsMatch(VietnameseText.Fold(numberColumn))
            || (start + 1 < paragraphs.Count && TaskColumn().IsMatch(paragraphs[start + 1].Text.Trim().ToLowerInvariant()))))
        {
            return null; // "STT" as written, or a short misreading of it ("hạ tk") right before "Nhiệm vụ"
        }
        var cells = new List<string> { numberColumn };
        var i = start + 1;
        var time = -1;
        for (; i < paragraphs.Count && i <= start + 10; i++)
        {
            var text = paragraphs[i].Text.Trim();
            if (text.Length > MaxHeaderCellLength || paragraphs[i].IsTableRow)
            {
                break;
            }
            var parts = lines[i].SelectMany(line => MergedCells().Split(line.Trim())).Where(p => p.Length > 0).ToList();
            if (!parts.All(IsColumnName))
            {
                break;
            }
            if (time >= 0 && cells.Count + parts.Count > time + 1 + MaxTrailingColumns)
            {
                break;
            }
            cells.AddRange(parts);
            if (time < 0 && parts.Any(p => TimeColumn().IsMatch(p.ToLowerInvariant())))
            {
                time = cells.Count - 1; // columns after the time may follow ("Kết quả dự kiến", "Nguồn kinh phí")
            }
        }
        var header = TableHeader.Of(cells);
        var before = lines[start].Count > 1 && !NumberColumn().IsMatch(VietnameseText.Fold(paragraphs[start].Text).Trim())
            ? string.Join(' ', lines[start].Take(lines[start].Count - 1)).Trim()
            : null;
        return header is not null && header.Time == time && time >= 3 && header.Task == 1
            ? new Header(i, cells, before, time)
            : null;
    }

    private static bool IsColumnName(string cell) => ColumnName().IsMatch(cell.ToLowerInvariant());

    /// <summary>Reads rows from the header's end; returns the index of the first paragraph after the table.</summary>
    private static int ReadRows(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<IReadOnlyList<string>> lines, Header header, List<Paragraph> output)
    {
        var pending = new List<int>();
        var i = header.End;
        List<string>? lastRow = null;
        var trailing = 0;
        for (; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.IsTableRow || EndOfTable().IsMatch(paragraph.Text) || pending.Count > header.DataColumns + 4)
            {
                break;
            }
            if (trailing > 0 && pending.Count == 0 && !IsRowNumber(paragraph.Text.Trim()) && !IsGroupTitle(paragraph.Text) && !IsTimeCell(paragraph.Text))
            {
                trailing--; // a cell after the time ("Nghị định", "Chi thường xuyên …"): the row is already read
                continue;
            }
            trailing = 0;
            var timeText = paragraph.Text.Trim();
            if (!IsTimeCell(timeText) && GluedRowNumber().Match(timeText) is { Success: true } glued && IsTimeCell(glued.Groups["time"].Value))
            {
                timeText = glued.Groups["time"].Value; // "2026-2030s4": the next row's number glued to the time
            }
            if (!IsTimeCell(timeText))
            {
                if (DigitRowNumber().IsMatch(paragraph.Text.Trim()) && pending.Count(p => !IsRowNumber(paragraphs[p].Text.Trim())) >= 2)
                {
                    // The next row's number before any time cell: OCR garbled this row's time ("Quí ITV-2025").
                    lastRow = EmitRow(paragraphs, lines, header, pending, "", output);
                    pending.Clear();
                }
                pending.Add(i);
                continue;
            }
            if (pending.Count == 0 && lastRow is not null)
            {
                lastRow[^1] = lastRow[^1] + " " + timeText; // a time cell OCR split in two
                continue;
            }
            lastRow = EmitRow(paragraphs, lines, header, pending, timeText, output);
            pending.Clear();
            trailing = timeText.Length < paragraph.Text.Trim().Length ? 0 : header.TrailingColumns; // after a glued number the next row starts
        }
        // Cells after the last time cell are no row: back to plain paragraphs.
        return pending.Count > 0 ? pending[0] : i;
    }

    private static List<string>? EmitRow(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<IReadOnlyList<string>> lines, Header header,
        List<int> pending, string time, List<Paragraph> output)
    {
        var cells = new List<string>();
        var taskIndex = -1;
        var first = pending.Count > 0 ? paragraphs[pending[0]].FirstLine : 0;
        foreach (var index in pending)
        {
            var text = paragraphs[index].Text.Trim();
            if (cells.Count == 0 && IsRowNumber(text))
            {
                continue;
            }
            if (cells.Count == 0 && IsGroupTitle(text))
            {
                // "I NÂNG CAO NHẬN THỨC …": a group row, as the text table gives it (number, title, empty cells).
                output.Add(GroupRow(header, text, paragraphs[index].FirstLine));
                continue;
            }
            if (cells.Count == 0)
            {
                taskIndex = index;
                cells.Add(text);
                continue;
            }
            cells.AddRange(cells.Count < header.DataColumns ? SplitMerged(lines[index], text) : [text]);
        }
        if (cells.Count == 0)
        {
            return null;
        }
        if (time.Length == 0 && cells.Count > 1 && cells[^1].Length <= MaxTimeCellLength && NamesATime(VietnameseText.Fold(cells[^1])))
        {
            time = cells[^1]; // the time cell OCR garbled ("Quí ITV-2025"), still the last of the row
            cells.RemoveAt(cells.Count - 1);
        }
        while (cells.Count < header.DataColumns && SplitLastLines(cells, lines[taskIndex]))
        {
        }
        if (cells.Count > header.DataColumns)
        {
            // A cell OCR broke in two paragraphs: the extra ones belong to the task.
            var extra = cells.Count - header.DataColumns;
            cells[0] = string.Join(' ', cells.Take(extra + 1));
            cells.RemoveRange(1, extra);
        }
        while (cells.Count < header.DataColumns)
        {
            cells.Add("");
        }
        var row = new List<string> { "" };
        row.AddRange(cells);
        row.Add(time);
        output.Add(new Paragraph(0, string.Join(" | ", row), first) { Cells = row, Header = header.Cells });
        return row;
    }

    /// <summary>
    /// A later cell that holds two cells (OCR kept no blank line between them): split where a line, or a word glued
    /// to the one before ("Sở Nội vụCác sở, ban, ngành"), starts like an agency.
    /// </summary>
    private static IEnumerable<string> SplitMerged(IReadOnlyList<string> cellLines, string text)
    {
        var parts = MergedCells().Split(text);
        if (parts.Length > 1 && parts.All(p => AgencyStart().IsMatch(p)))
        {
            return parts;
        }
        var groups = new List<List<string>>();
        foreach (var line in cellLines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (groups.Count == 0 || (AgencyStart().IsMatch(line) && AgencyStart().IsMatch(groups[^1][0])))
            {
                groups.Add([]);
            }
            groups[^1].Add(line);
        }
        return groups.Count > 1 && string.Join(' ', cellLines.Select(l => l.Trim())).Trim() == text
            ? groups.Select(g => string.Join(' ', g))
            : [text];
    }

    /// <summary>
    /// The task cell ran into the lead ("… trên địa bàn Tỉnh." / "Sở KH&amp;CN" on the next line): when the row is
    /// short of cells, the task's last line that starts like an agency becomes the next cell.
    /// </summary>
    private static bool SplitLastLines(List<string> cells, IReadOnlyList<string> taskLines)
    {
        var joined = string.Join(' ', taskLines).Trim();
        if (joined != cells[0])
        {
            return false; // already split once, or not the task's own lines
        }
        foreach (Match glued in GluedSentence().Matches(joined))
        {
            // "… trên môi trường số.Sở Công Thương": the lead glued to the task's last sentence.
            if (AgencyStart().IsMatch(joined[glued.Index..]))
            {
                cells[0] = joined[..glued.Index].Trim();
                cells.Insert(1, joined[glued.Index..].Trim());
                return true;
            }
        }
        if (taskLines.Count < 2)
        {
            return false;
        }
        for (var k = taskLines.Count - 1; k >= 1; k--)
        {
            if (AgencyStart().IsMatch(taskLines[k]) && (SentenceEnd().IsMatch(taskLines[k - 1]) || taskLines[k].Length < 40))
            {
                cells[0] = string.Join(' ', taskLines.Take(k)).Trim();
                cells.Insert(1, string.Join(' ', taskLines.Skip(k)).Trim());
                return true;
            }
        }
        return false;
    }

    private static Paragraph GroupRow(Header header, string text, int line)
    {
        var match = GroupNumber().Match(text);
        var row = new List<string> { match.Success ? match.Value.Trim() : "", match.Success ? text[match.Length..].Trim() : text };
        while (row.Count < header.Cells.Count)
        {
            row.Add("");
        }
        return new Paragraph(0, string.Join(" | ", row), line) { Cells = row, Header = header.Cells };
    }

    /// <summary>A row number as OCR reads it: "1", "12", "5;", "2)", "l1", or a short misread ("Z", "Đi", "Ợ", ":").</summary>
    private static bool IsRowNumber(string text) => text.Length <= 3 || RowNumber().IsMatch(text);

    private static bool IsGroupTitle(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 6 && letters.Count(char.IsUpper) >= 0.8 * letters.Count && text.Contains(' ');
    }

    /// <summary>A cell that is only a time: "2026-2030", "Quý IV/2025- Quý II/2026", "Thường xuyên, hằng năm", "Năm 2026".</summary>
    public static bool IsTimeCell(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxTimeCellLength)
        {
            return false;
        }
        var folded = VietnameseText.Fold(trimmed);
        var words = WordOrNumber().Matches(folded).Select(m => m.Value).ToList();
        return words.Count > 0 && words.All(w => TimeWords.Contains(w) || Numeral().IsMatch(w) || RomanLike().IsMatch(w))
            && NamesATime(folded);
    }

    /// <summary>Folded text that names a year or a recurrence.</summary>
    private static bool NamesATime(string folded) => Year().IsMatch(folded) || Recurring().IsMatch(folded);

    /// <summary>Folded words a time cell may hold besides numbers and quarter numerals.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "nam", "quy", "qui", "thang", "ngay", "truoc", "tu", "den", "giai", "doan", "hang", "thuong", "xuyen", "dinh", "ky",
        "lien", "tuc", "va", "cac", "tiep", "theo", "trong", "hoan", "thanh", "dau", "cuoi", "sau", "moi", "cham", "nhat",
        "hoac", "tuan",
    };

    [GeneratedRegex(@"thời gian|thời hạn|tiến độ|lộ trình")]
    private static partial Regex TimeColumn();

    [GeneratedRegex(@"^(?:so\s*)?(?:stt|st|tt)$")]
    private static partial Regex NumberColumn();

    [GeneratedRegex(@"^(?:tên\s+)?(?:nhiệm vụ|nội dung|công việc)")]
    private static partial Regex TaskColumn();

    [GeneratedRegex(@"nhiệm vụ|nội dung|công việc|tên|hoạt động|giải pháp|chủ trì|thực hiện|cơ quan|đơn vị|phối hợp|thời gian|thời hạn|tiến độ|hoàn thành|lộ trình|kết quả|sản phẩm|dự kiến|ghi chú|kinh phí")]
    private static partial Regex ColumnName();

    /// <summary>A lower-case letter followed at once by a capitalised word: two cells OCR put on one line.</summary>
    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")]
    private static partial Regex MergedCells();

    [GeneratedRegex(@"^(?:Sở|Bộ|Ban|Ủy ban|UBND|Các|Công an|Bộ Chỉ huy|Ngân hàng|Văn phòng|Thanh tra|Đài|Báo|Trường|Trung tâm|Liên đoàn|Hội|Đoàn|Mặt trận|Cục|Tổng|Kho bạc|Thuế|Chi cục|Doanh nghiệp|Tỉnh|Thành|Huyện|Quận|Xã|Phường|Cơ quan|Đơn vị)\b")]
    private static partial Regex AgencyStart();

    [GeneratedRegex(@"[.;:)]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[.;])(?=\p{Lu})")]
    private static partial Regex GluedSentence();

    [GeneratedRegex(@"^(?:[IVXLH1l]{1,4}\.?|[0-9]{1,3}[.;:)]?|[a-zđ][).])$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^[0-9]{1,3}[.;:)]?$")]
    private static partial Regex DigitRowNumber();

    [GeneratedRegex(@"^(?<time>.*\d{4})\s*[\p{L}]{0,2}\d{1,2}[.;:)]?$")]
    private static partial Regex GluedRowNumber();

    [GeneratedRegex(@"^(?:[IVXLH]{1,4}\.?)\s+(?=\p{Lu})")]
    private static partial Regex GroupNumber();

    [GeneratedRegex(@"^(?:PHỤ LỤC|Phụ lục|Nơi nhận|TM\.|T/M|KT\.)")]
    private static partial Regex EndOfTable();

    [GeneratedRegex(@"[a-z]+|[0-9]+")]
    private static partial Regex WordOrNumber();

    [GeneratedRegex(@"^[0-9]{1,4}$")]
    private static partial Regex Numeral();

    /// <summary>A quarter's numeral as OCR garbles it: "itv", "tv", "lv", "ii".</summary>
    [GeneratedRegex(@"^[ivxlt]{1,4}$")]
    private static partial Regex RomanLike();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}")]
    private static partial Regex Year();

    [GeneratedRegex(@"thuong xuyen|hang (?:nam|quy|thang)|dinh ky|lien tuc")]
    private static partial Regex Recurring();
}
