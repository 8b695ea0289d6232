using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ingest.Text.Docx;

/// <summary>
/// The labels Word shows before numbered paragraphs ("1.", "a)", "II.", "-"), which are not in the text runs: Word
/// computes them from the numbering definitions. Counters run per list and level; a higher level resets the deeper ones.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, AbstractNum> _abstractByList = [];
    private readonly Dictionary<int, Dictionary<int, int>> _startOverrides = [];
    private readonly Dictionary<string, NumberingProperties> _styleNumbering = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            var abstracts = numbering.Elements<AbstractNum>()
                .Where(a => a.AbstractNumberId is not null)
                .GroupBy(a => a.AbstractNumberId!.Value)
                .ToDictionary(g => g.Key, g => g.First());
            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is not { } id || instance.AbstractNumId?.Val?.Value is not { } abstractId || !abstracts.TryGetValue(abstractId, out var definition))
                {
                    continue;
                }
                _abstractByList[id] = definition;
                _startOverrides[id] = instance.Elements<LevelOverride>()
                    .Where(o => o.LevelIndex?.Value is not null && o.StartOverrideNumberingValue?.Val?.Value is not null)
                    .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
            }
        }
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } styleId && style.StyleParagraphProperties?.NumberingProperties is { } properties)
            {
                _styleNumbering[styleId] = properties;
            }
        }
    }

    /// <summary>The label of this paragraph with a trailing space, or "" when it is not numbered.</summary>
    public string LabelFor(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var fromStyle = styleId is not null ? _styleNumbering.GetValueOrDefault(styleId) : null;
        var listId = properties?.NumberingId?.Val?.Value ?? fromStyle?.NumberingId?.Val?.Value;
        var level = properties?.NumberingLevelReference?.Val?.Value ?? fromStyle?.NumberingLevelReference?.Val?.Value ?? 0;
        if (listId is not { } id || id == 0 || !_abstractByList.TryGetValue(id, out var definition) || level is < 0 or > 8)
        {
            return "";
        }
        var levels = definition.Elements<Level>().Where(l => l.LevelIndex?.Value is not null).ToDictionary(l => l.LevelIndex!.Value);
        if (!levels.TryGetValue(level, out var current))
        {
            return "";
        }
        var counters = _counters.TryGetValue(id, out var existing) ? existing : _counters[id] = new int[9];
        counters[level] = counters[level] == 0 ? StartOf(id, level, levels) : counters[level] + 1;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }
        var format = current.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.None)
        {
            return "";
        }
        var text = current.LevelText?.Val?.Value ?? "";
        if (format == NumberFormatValues.Bullet)
        {
            // Bullets are symbol-font glyphs (U+F0B7 ...); a dash reads as the list marker the documents use.
            return "- ";
        }
        for (var l = 0; l <= level; l++)
        {
            var value = counters[l] == 0 ? StartOf(id, l, levels) : counters[l];
            var levelFormat = levels.TryGetValue(l, out var definitionOfLevel) ? definitionOfLevel.NumberingFormat?.Val?.Value : null;
            text = text.Replace($"%{l + 1}", Format(value, levelFormat));
        }
        return text.Length == 0 ? "" : text + " ";
    }

    private int StartOf(int listId, int level, Dictionary<int, Level> levels) =>
        _startOverrides.TryGetValue(listId, out var overrides) && overrides.TryGetValue(level, out var start)
            ? start
            : levels.TryGetValue(level, out var definition) ? definition.StartNumberingValue?.Val?.Value ?? 1 : 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter) return Letters(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letters(value);
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Letters(int value)
    {
        // Word's letter numbering repeats the letter: a … z, aa … zz.
        var letter = (char)('A' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        var numerals = new (int Value, string Text)[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") };
        var builder = new System.Text.StringBuilder();
        foreach (var (n, text) in numerals)
        {
            while (value >= n)
            {
                builder.Append(text);
                value -= n;
            }
        }
        return builder.ToString();
    }
}
