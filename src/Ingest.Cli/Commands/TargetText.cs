using System.Globalization;
using Ingest.Core.Extraction;

namespace Ingest.Cli.Commands;

/// <summary>A target as a reader says it: "tỷ lệ hộ nghèo: giảm tối thiểu 1,5 % (so với 2020) · đến 2025".</summary>
public static class TargetText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Describe(TargetItem target)
    {
        var direction = target.Direction switch { "increase" => "tăng ", "decrease" => "giảm ", _ => "" };
        var comparator = target.Comparator switch
        {
            "at_least" => "tối thiểu ",
            "at_most" => "tối đa ",
            "about" => "khoảng ",
            _ => "",
        };
        var value = target.Value is { } v ? v.ToString("#,##0.##", Vietnamese) : "?";
        if (target.ValueMax is { } max)
        {
            value += "–" + max.ToString("#,##0.##", Vietnamese);
        }
        var unit = string.IsNullOrEmpty(target.Unit) ? "" : (target.Unit == "%" ? " %" : " " + target.Unit);
        var baseline = target.Baseline is { } b ? $" (so với {b})" : "";
        var due = target.Due is { } d ? $" · đến {d}" : "";
        return $"{target.Metric ?? "(chỉ tiêu)"}: {direction}{comparator}{value}{unit}{baseline}{due}";
    }
}
