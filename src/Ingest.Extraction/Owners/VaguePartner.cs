using System.Text.RegularExpressions;

namespace Ingest.Extraction.Owners;

/// <summary>
/// Partners too vague to be owners (the annotation guide: "các cơ quan có liên quan" is left out): a name that ends in
/// "(có) liên quan", a list of generic kinds of body with nothing that names which ("các cơ quan, đơn vị, địa
/// phương"), and "các ngành, các cấp" (everyone). As a lead the same words stay: someone must act.
/// </summary>
public static partial class VaguePartner
{
    public static bool Is(string name) => Vague().IsMatch(name.Trim());

    [GeneratedRegex(@"(?i)liên quan$|^các (?:cơ quan|đơn vị|địa phương|cơ quan chức năng)(?:\s*,\s*(?:các\s+)?(?:cơ quan|đơn vị|địa phương))*$|^các (?:ngành|cấp)\s*,\s*các (?:ngành|cấp)$")]
    private static partial Regex Vague();
}
