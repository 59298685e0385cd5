using System.Text;
using CsCheck;

namespace Platform.Hcl.Tests.Parsing;

/// <summary>
/// Property tests over every corpus file the native parser owns: damaged input must only ever produce
/// diagnostics, never an exception or a hang (each case runs under <see cref="BoundedParse.Deadline"/>).
/// </summary>
public sealed class RobustnessTests
{
    private static readonly CorpusFile[] Files = [.. CorpusFiles.All];
    private static readonly byte[][] Bytes = [.. Files.Select(f => File.ReadAllBytes(f.FullPath))];

    private static readonly Gen<int> AnyFile = Gen.Int[0, Files.Length - 1];

    private static void ParsesToDiagnostics(int file, byte[] mutated)
    {
        var text = Encoding.UTF8.GetString(mutated);
        var diagnostics = BoundedParse.Run(text, Files[file].Mode);
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Summary)));
    }

    [Fact]
    public void Parse_CorpusFilesTruncatedAtRandomPoints_ReturnOnlyDiagnostics()
    {
        Gen.Select(AnyFile, Gen.Double[0, 1])
            .Sample((file, fraction) => ParsesToDiagnostics(file, Bytes[file][..(int)(Bytes[file].Length * fraction)]), iter: 1500);
    }

    [Fact]
    public void Parse_CorpusFilesWithFlippedBytes_ReturnOnlyDiagnostics()
    {
        Gen.Select(AnyFile, Gen.Int[1, 8].Array[1, 6], Gen.Double[0, 1].Array[6])
            .Sample(
                (file, values, places) =>
                {
                    var bytes = (byte[])Bytes[file].Clone();
                    if (bytes.Length == 0) return;
                    for (var i = 0; i < values.Length; i++)
                    {
                        // Flip one bit of the byte: keeps most of the file intact, breaks one token.
                        var at = (int)(places[i] * (bytes.Length - 1));
                        bytes[at] ^= (byte)(1 << (values[i] - 1));
                    }
                    ParsesToDiagnostics(file, bytes);
                },
                iter: 1500);
    }

    [Fact]
    public void Parse_CorpusFilesWithDeletedOrDuplicatedRuns_ReturnOnlyDiagnostics()
    {
        Gen.Select(AnyFile, Gen.Double[0, 1], Gen.Int[1, 40], Gen.Bool)
            .Sample(
                (file, place, length, duplicate) =>
                {
                    var bytes = Bytes[file];
                    var at = (int)(place * bytes.Length);
                    var run = Math.Min(length, bytes.Length - at);
                    byte[] mutated = duplicate
                        ? [.. bytes[..(at + run)], .. bytes[at..]]
                        : [.. bytes[..at], .. bytes[(at + run)..]];
                    ParsesToDiagnostics(file, mutated);
                },
                iter: 2000);
    }

    [Fact]
    public void Parse_CorpusFilesWithInsertedSyntax_ReturnOnlyDiagnostics()
    {
        string[] fragments = ["${", "%{", "<<EOT\n", "<<-EOT\n", "\"", "{", "}", "[", "]", "(", ")", "\n", "/*", "~}", "...", "::", ".*", "[*]", "for ", "%{ if x }", "%{ endfor }", "=>", "?", "\\", "\\u12", ".0.1", "\r", "\t", "\u00e9", "\uD800"];
        Gen.Select(AnyFile, Gen.Double[0, 1].Array[1, 5], Gen.Int[0, fragments.Length - 1].Array[5])
            .Sample(
                (file, places, picks) =>
                {
                    var text = Encoding.UTF8.GetString(Bytes[file]);
                    for (var i = 0; i < places.Length; i++)
                    {
                        var at = (int)(places[i] * text.Length);
                        text = text.Insert(at, fragments[picks[i]]);
                    }
                    var diagnostics = BoundedParse.Run(text, Files[file].Mode);
                    Assert.All(diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Summary)));
                },
                iter: 1500);
    }
}
