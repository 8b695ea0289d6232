namespace Ingest.Core.Vietnamese;

/// <summary>The six tones of a Vietnamese syllable, in the order of the VNI typing scheme after <see cref="None"/>.</summary>
public enum VietnameseTone : byte
{
    /// <summary>Thanh ngang: no mark.</summary>
    None,

    /// <summary>Thanh sắc: acute accent (á).</summary>
    Acute,

    /// <summary>Thanh huyền: grave accent (à).</summary>
    Grave,

    /// <summary>Thanh hỏi: hook above (ả).</summary>
    HookAbove,

    /// <summary>Thanh ngã: tilde (ã).</summary>
    Tilde,

    /// <summary>Thanh nặng: dot below (ạ).</summary>
    DotBelow,
}
