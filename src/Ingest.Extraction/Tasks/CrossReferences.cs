using System.Text.RegularExpressions;
using Ingest.Core.Extraction;
using Ingest.Extraction.Structure;

namespace Ingest.Extraction.Tasks;

/// <summary>
/// Assignments by cross-reference: "Sở Nông nghiệp và Môi trường chủ trì các nhiệm vụ tại mục IV.1", "triển khai
/// thực hiện các nhiệm vụ và giải pháp tại Phần III", "thực hiện nhiệm vụ quy định tại điểm c mục 3 Phần III" make
/// the leads of the referring item leads of every task of the part referred to, wherever the sentence stands.
/// A partner's reference to named items or points ("Phối hợp với Bộ Xây dựng thực hiện các nhiệm vụ quy định tại
/// các điểm c, g mục 1") makes the partner support of those tasks; a partner's reference to a whole part ("phối hợp
/// với Bộ Xây dựng … tại Phần III") and "chủ trì hoặc phối hợp" assign nothing.
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
                var partner = PartnerOnly().IsMatch(clause[clauseStart..]);
                if (EitherRole().IsMatch(clause[clauseStart..]))
                {
                    continue;
                }
                var leads = owners.Where(o => o.Role == Owner.Lead).ToList();
                if (leads.Count == 0)
                {
                    continue;
                }
                var places = ReferenceReader.Read(text, reference.Index + reference.Length)
                    .Where(place => !partner || place.Items.Count > 0 || place.Points.Count > 0);
                // "các định hướng nêu tại điểm a, điểm b khoản này": points of the numbered item the sentence stands in.
                var scope = ThisItem().IsMatch(text, reference.Index + reference.Length)
                    ? node.Ancestors().Prepend(node).FirstOrDefault(n => n.Marker?.Kind is MarkerKind.Number or MarkerKind.DottedNumber) ?? root
                    : root;
                var targets = places.SelectMany(place => Resolve(scope, scope == root ? place : place with { Part = null }))
                    .Select(target => TaskPartNamed(root, target, reference.Value, withDrafts))
                    .Where(target => target != node && !node.Ancestors().Contains(target))
                    .ToHashSet();
                foreach (var task in drafts.Where(d => targets.Contains(d.Node) || d.Node.Ancestors().Any(targets.Contains)))
                {
                    task.AddOwners(partner ? leads.Select(l => l with { Role = Owner.Support }) : leads);
                }
            }
        }
    }

    private static IEnumerable<OutlineNode> Resolve(OutlineNode root, PartReference place)
    {
        OutlineNode? part = root;
        if (place.Part is { } label)
        {
            part = root.Children.FirstOrDefault(n => n.Marker?.Kind == MarkerKind.Roman
                && (n.Marker.Label == label || PartLabel().Match(n.Text) is { Success: true } m && m.Groups[1].Value == label));
        }
        if (part is null)
        {
            yield break;
        }
        var items = place.Items.Count == 0 ? [part] : place.Items.Select(item => FindItem(part, item));
        foreach (var item in items.OfType<OutlineNode>())
        {
            if (place.Points.Count == 0)
            {
                if (item != root)
                {
                    yield return item;
                }
                continue;
            }
            foreach (var point in place.Points)
            {
                if (item.Descendants().FirstOrDefault(n => n.Marker is { Kind: MarkerKind.Letter } marker && marker.Label == point) is { } found)
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>
    /// OCR drops an I from a part numeral in the reference as in the heading ("tại Phần II" for III): a whole part
    /// referred to for its tasks that holds none is the one part whose heading names what the reference names
    /// ("các nhiệm vụ và giải pháp tại Phần II" → "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU").
    /// </summary>
    private static OutlineNode TaskPartNamed(OutlineNode root, OutlineNode target, string reference, HashSet<OutlineNode> withDrafts)
    {
        if (target.Marker?.Kind != MarkerKind.Roman || target.Descendants().Any(withDrafts.Contains))
        {
            return target;
        }
        var named = ReferenceNouns().Matches(reference).Select(m => m.Value.ToUpperInvariant()).ToList();
        var parts = root.Children.Where(n => n.Marker?.Kind == MarkerKind.Roman && n.Descendants().Any(withDrafts.Contains)
            && named.All(noun => n.Text.ToUpperInvariant().Contains(noun, StringComparison.Ordinal))).ToList();
        return named.Count > 0 && parts.Count == 1 ? parts[0] : target;
    }

    private static OutlineNode? FindItem(OutlineNode part, string label)
    {
        OutlineNode? node = part;
        foreach (var step in label.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node?.Descendants().FirstOrDefault(n => n.Marker is { } marker
                && (marker.Label == step || marker.Label.EndsWith("." + step, StringComparison.Ordinal)) && marker.Kind != MarkerKind.Letter);
        }
        return node;
    }

    [GeneratedRegex(@"nhiệm vụ|nội dung|giải pháp|định hướng")]
    private static partial Regex ReferenceNouns();

    [GeneratedRegex(@"\G[^.;]{0,40}?(?:khoản|mục) này(?!\p{L})")]
    private static partial Regex ThisItem();

    [GeneratedRegex(@"(?:nhiệm vụ|nội dung|giải pháp|định hướng)[^.;]{0,60}?(?:tại|ở)(?!\p{L})")]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?i)^(?![^.;]*chủ trì)[^.;]*phối hợp")]
    private static partial Regex PartnerOnly();

    [GeneratedRegex(@"(?i)chủ trì hoặc phối hợp")]
    private static partial Regex EitherRole();

    [GeneratedRegex(@"^(?:PHẦN|Phần)\s+([IVX]+)")]
    private static partial Regex PartLabel();
}
