using System.Text.RegularExpressions;
using Ingest.Core.Extraction;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tasks;

/// <summary>
/// Assignments by cross-reference: "Sở Nông nghiệp và Môi trường chủ trì các nhiệm vụ tại mục IV.1", "triển khai
/// thực hiện các nhiệm vụ và giải pháp tại Phần III", "thực hiện nhiệm vụ quy định tại điểm c mục 3 Phần III" make
/// the leads of the referring item leads of every task of the part referred to, wherever the sentence stands.
/// A partner's reference ("phối hợp với Bộ Xây dựng … tại Phần III") assigns nothing.
/// </summary>
internal static partial class CrossReferences
{
    public static void Apply(OutlineNode root, IReadOnlyList<TaskDraft> drafts)
    {
        var withDrafts = drafts.Select(d => d.Node).ToHashSet();
        var referring = drafts.Select(d => (d.Node, d.Text, d.Owners))
            .Concat(root.Descendants().Where(n => !withDrafts.Contains(n)).Select(n => (n, n.Text, Owners.RoleReader.Read(n.Text))));
        foreach (var (node, text, owners) in referring)
        {
            foreach (Match reference in Reference().Matches(text))
            {
                var clause = text[..reference.Index];
                var clauseStart = clause.LastIndexOfAny(['.', ';']) + 1;
                if (PartnerOnly().IsMatch(clause[clauseStart..]))
                {
                    continue;
                }
                var leads = owners.Where(o => o.Role == Owner.Lead).ToList();
                var target = Resolve(root, reference);
                if (leads.Count == 0 || target is null || target == node || node.Ancestors().Contains(target))
                {
                    continue;
                }
                foreach (var task in drafts.Where(d => d.Node == target || d.Node.Ancestors().Contains(target)))
                {
                    task.AddLeads(leads);
                }
            }
        }
    }

    private static OutlineNode? Resolve(OutlineNode root, Match reference)
    {
        var part = reference.Groups["part"].Value;
        var item = reference.Groups["item"].Value;
        var point = reference.Groups["point"].Value;
        OutlineNode? node = root;
        if (part.Length > 0)
        {
            node = root.Children.FirstOrDefault(n => n.Marker?.Kind == MarkerKind.Roman
                && (n.Marker.Label == part || PartLabel().Match(n.Text) is { Success: true } m && m.Groups[1].Value == part));
        }
        foreach (var label in item.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?.Descendants().FirstOrDefault(n => n.Marker is { } marker
                && (marker.Label == label || marker.Label.EndsWith("." + label, StringComparison.Ordinal)) && marker.Kind != MarkerKind.Letter);
        }
        if (point.Length > 0)
        {
            node = node?.Descendants().FirstOrDefault(n => n.Marker is { Kind: MarkerKind.Letter } marker && marker.Label == point);
        }
        return node == root ? null : node;
    }

    [GeneratedRegex(@"(?:nhiệm vụ|nội dung|giải pháp)[^.;]{0,60}?(?:tại|ở)\s+(?:(?:điểm|Điểm)\s+(?<point>[a-zđ])\s*,?\s*)?(?:(?:mục|Mục|khoản|Khoản)\s+(?<item>[\dIVX]+(?:\.\d+)*)\s*,?\s*)?(?:(?:Phần|phần|PHẦN)\s+(?<part>[IVX]+))?(?<![\s,])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?i)phối hợp(?![^.;]*chủ trì)")]
    private static partial Regex PartnerOnly();

    [GeneratedRegex(@"^(?:PHẦN|Phần)\s+([IVX]+)")]
    private static partial Regex PartLabel();
}
