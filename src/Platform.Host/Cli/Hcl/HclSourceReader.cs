using System.Text;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Syntax;
using Platform.Hcl.Parsing;

namespace Platform.Host.Cli.Hcl;

/// <summary>Reads HCL files for the CLI: strict UTF-8 (HCL source must be UTF-8), errors reported to the user, not thrown.</summary>
internal static class HclSourceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static HclSource? Read(string path, TextWriter error)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            return new HclSource(path, StrictUtf8.GetString(bytes, start, bytes.Length - start));
        }
        catch (DecoderFallbackException)
        {
            error.WriteLine($"{path}: Invalid character encoding; the file is not valid UTF-8, which HCL requires.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: Failed to read file; {e.Message}");
        }

        return null;
    }

    /// <summary>Parses with the syntax the file's extension names and returns only the diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Parse(HclSource source) =>
        source.IsJsonSyntax
            ? HclJsonParser.Parse(source.Text, source.DisplayName).Diagnostics
            : HclParser.ParseConfig(source.Text, source.DisplayName).Diagnostics;
}
