using System.Text;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>UTF-8 decoding that refuses invalid bytes instead of replacing them (file and base64 functions need to know).</summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null when <paramref name="bytes"/> are not valid UTF-8.</summary>
    public static string? Decode(byte[] bytes)
    {
        try
        {
            return Encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
