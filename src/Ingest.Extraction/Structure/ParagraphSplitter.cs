using System.Text.RegularExpressions;
using Ingest.Core.Vietnamese;

namespace Ingest.Extraction.Structure;

/// <summary>
/// Splits text into paragraphs. Blank lines separate paragraphs; lines inside one are joined with a space
/// (the corpus markdown is hard-wrapped), except where a new line starts a list item. Tables flattened into lines
/// ("|" alone on a line between cells, two such lines between rows) become one paragraph per row with its cells;
/// rows of layout tables (the header block) become plain paragraphs, one per cell.
/// </summary>
public static partial class ParagraphSplitter
{
    public static IReadOnlyList<Paragraph> Split(string text)
    {
        var builder = new Builder();
        var lines = VietnameseText.Normalize(text).Replace("\r\n", "\n").Replace('\f', '\n').Split('\n');
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].Trim() == "|")
            {
                builder.Flush();
                i = ReadTable(lines, i, builder);
                continue;
            }
            if (PipeRow().IsMatch(lines[i]))
            {
                builder.Flush();
                i = ReadPipeTable(lines, i, builder);
                continue;
            }
            foreach (var piece in GluedHeading().Split(lines[i]))
            {
                AddLine(builder, Clean(piece), i);
            }
            if (builder.HoldsOneLine && i + 1 < lines.Length && OwnerHeading.EndsHere(builder.FirstLine, Clean(lines[i + 1])))
            {
                builder.Flush();
            }
            i++;
        }
        builder.Flush();
        return ScannedTable.Rebuild(builder.Paragraphs, builder.Lines);
    }

    private static void AddLine(Builder builder, string line, int number)
    {
        if (line.Length == 0)
        {
            builder.Flush();
            return;
        }
        if ((ListMarker.Match(line) is not null && !builder.WrapsIntoDash(line)) || ClosingLine().IsMatch(line)
            || (builder.LastLine is { } last && HasWords(line) && HasWords(last) && IsCapitals(line) != IsCapitals(last)))
        {
            // Without blank lines between paragraphs, a heading in capitals ("NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU") is still
            // a paragraph of its own: it neither ends the paragraph before it nor starts the one after.
            builder.Flush();
        }
        builder.Add(line, number);
    }

    /// <summary>A line written in capitals only ("III." and "UBND" alone have too few letters to say).</summary>
    private static bool IsCapitals(string line) => !line.Any(char.IsLower);

    private static bool HasWords(string line) => line.Count(char.IsLetter) > 5;

    /// <summary>Reads one flattened table from a "|" line; returns the index of the first line after it.</summary>
    private static int ReadTable(string[] lines, int start, Builder builder)
    {
        var rows = new List<(List<string> Cells, int Line)>();
        var cells = new List<string>();
        var cell = new List<string>();
        var hasCell = false;
        var rowLine = start;
        var i = start + 1;
        for (; i < lines.Length; i++)
        {
            var raw = lines[i].Trim();
            if (raw != "|")
            {
                if (raw.Length > 0)
                {
                    hasCell = true;
                    var cleaned = Clean(raw);
                    if (cleaned.Length > 0)
                    {
                        cell.Add(cleaned);
                    }
                }
                continue;
            }
            if (hasCell)
            {
                cells.Add(Finish(cell));
                cell.Clear();
                hasCell = false;
            }
            else if (cells.Count > 0)
            {
                // Two bars in a row: the row ends.
                rows.Add((cells, rowLine));
                cells = [];
                rowLine = i;
            }
            if (i + 1 >= lines.Length || lines[i + 1].Trim().Length == 0)
            {
                i++;
                break;
            }
        }
        if (cells.Count > 0)
        {
            rows.Add((cells, rowLine));
        }
        Emit(rows, builder);
        return i;
    }

    /// <summary>
    /// Reads a markdown pipe table ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì |", one row per line, "|---|---|"
    /// under its header); returns the index of the first line after it.
    /// </summary>
    private static int ReadPipeTable(string[] lines, int start, Builder builder)
    {
        var rows = new List<(List<string> Cells, int Line)>();
        var i = start;
        for (; i < lines.Length && PipeRow().IsMatch(lines[i]); i++)
        {
            var inner = lines[i].Trim();
            inner = inner[1..^1];
            if (PipeRule().IsMatch(inner))
            {
                continue;
            }
            rows.Add((inner.Split('|').Select(c => Finish([Clean(c)])).ToList(), i));
        }
        Emit(rows, builder);
        return i;
    }

    private static void Emit(List<(List<string> Cells, int Line)> rows, Builder builder)
    {
        var headerIndex = rows.FindIndex(r => TableHeader.IsTaskHeader(r.Cells));
        for (var r = 0; r < rows.Count; r++)
        {
            var (cells, line) = rows[r];
            if (headerIndex >= 0 && r > headerIndex && cells.Count >= 2)
            {
                builder.AddRow(cells, rows[headerIndex].Cells, line);
                continue;
            }
            if (r == headerIndex)
            {
                continue;
            }
            foreach (var cell in cells.Where(c => c.Length > 0))
            {
                builder.Add(cell, line);
                builder.Flush();
            }
        }
    }

    /// <summary>A line of a markdown pipe table: bars at both ends and at least two cells.</summary>
    [GeneratedRegex(@"^\s*\|[^|\n]*\|[^\n]*\|\s*$")]
    private static partial Regex PipeRow();

    [GeneratedRegex(@"^[\s|:-]+$")]
    private static partial Regex PipeRule();

    private static string Finish(List<string> cell) => Emphasis().Replace(string.Join(' ', cell), "$1").Trim();

    /// <summary>Removes markdown emphasis markers and header rules; collapses spaces.</summary>
    public static string Clean(string line)
    {
        var text = line.Replace("**", "").Replace("\u00A0", " ").Trim().TrimStart('#').Trim();
        if (Rule().IsMatch(text))
        {
            return "";
        }
        return Spaces().Replace(text.Trim('|', ' '), " ").Trim();
    }

    private sealed class Builder
    {
        private readonly List<string> _lines = [];
        private int _firstLine;

        public List<Paragraph> Paragraphs { get; } = [];

        /// <summary>The source lines of each paragraph (the cells of a row), for the scanned-table reader.</summary>
        public List<IReadOnlyList<string>> Lines { get; } = [];

        public bool HoldsOneLine => _lines.Count == 1;

        public string FirstLine => _lines[0];

        public string? LastLine => _lines.Count > 0 ? _lines[^1] : null;

        public void Add(string line, int number)
        {
            if (_lines.Count == 0)
            {
                _firstLine = number;
            }
            _lines.Add(line);
        }

        /// <summary>
        /// A hard-wrapped line that happens to start with a dash ("… các Tập đoàn: …, Công nghiệp" / "- Viễn thông Quân
        /// đội …"): the long line before it breaks off in the middle of a phrase, so the dash joins a name; or in the
        /// middle of a range ("… tốc độ tăng bình quân 05" / "- 06%/năm"), so the dash joins two numbers.
        /// </summary>
        public bool WrapsIntoDash(string line) =>
            line.StartsWith("- ", StringComparison.Ordinal) && _lines.Count > 0 && _lines[^1].Length >= 60
            && (char.IsLetter(_lines[^1][^1]) || (char.IsDigit(_lines[^1][^1]) && line.Length > 2 && char.IsDigit(line[2])));

        public void AddRow(IReadOnlyList<string> cells, IReadOnlyList<string> header, int line)
        {
            Paragraphs.Add(new Paragraph(Paragraphs.Count, string.Join(" | ", cells), line) { Cells = cells, Header = header });
            Lines.Add(cells);
        }

        public void Flush()
        {
            if (_lines.Count == 0)
            {
                return;
            }
            var text = Emphasis().Replace(string.Join(' ', _lines), "$1").Trim();
            if (text.Length > 0)
            {
                Paragraphs.Add(new Paragraph(Paragraphs.Count, text, _firstLine));
                Lines.Add(_lines.ToArray());
            }
            _lines.Clear();
        }
    }

    [GeneratedRegex(@"(?<![\w*])\*+([^*]+?)\*+(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^[-_=*\s|]{3,}$")]
    private static partial Regex Rule();

    /// <summary>
    /// Where a heading is joined to the bold numbered heading after it ("II - NỘI DUNG**1. Nhiệm vụ chung**", and as
    /// OCR reads that line: "II - NỘI DUNG1. Nhiệm vụ chung"): where the numbered item starts.
    /// </summary>
    [GeneratedRegex(@"(?<=\S\s*)(?=\*\*\s*(?:\d+(?:\.\d+)*\s*[.)\-]|[IVX]+\s*[.\-])\s*\p{Lu})|(?<=[IVX]+\s*[.\-–]\s*\p{Lu}[\p{Lu}\s,]+\p{Lu})(?=\d{1,2}\.\s+\p{Lu})")]
    private static partial Regex GluedHeading();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:Nơi nhận|TM\.|T/M|KT\.)")]
    private static partial Regex ClosingLine();
}
