namespace Ingest.Core.Vietnamese;

/// <summary>Text decoded from bytes, with the encoding it was found in.</summary>
public sealed record DecodedText(string Text, EncodingDetection Detection);
