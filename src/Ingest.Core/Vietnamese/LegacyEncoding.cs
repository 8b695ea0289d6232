namespace Ingest.Core.Vietnamese;

/// <summary>How Vietnamese letters are written in a text.</summary>
public enum LegacyEncoding
{
    /// <summary>Unicode (or plain ASCII): nothing to convert.</summary>
    Unicode,

    /// <summary>TCVN 5712 VN3 ("ABC", .VnTime fonts), read as Latin-1/Windows-1252.</summary>
    Tcvn3,

    /// <summary>VNI Windows (VNI-Times fonts), read as Latin-1/Windows-1252.</summary>
    Vni,

    /// <summary>VIQR, Vietnamese in ASCII (RFC 1456): "Vie^.t Nam".</summary>
    Viqr,
}
