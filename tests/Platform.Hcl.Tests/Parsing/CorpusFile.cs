namespace Platform.Hcl.Tests.Parsing;

/// <summary>One row of the shared corpora's SOURCES.tsv that the native-syntax parser owns (JSON rows left out).</summary>
public sealed record CorpusFile(string RelativePath, string FullPath, CorpusMode Mode, string Hcl2Parse)
{
    public bool ExpectOk => Hcl2Parse == "ok";

    public bool ExpectError => Hcl2Parse.StartsWith("error:", StringComparison.Ordinal);

    /// <summary>The line of the first diagnostic HashiCorp's parser reported (<c>error: N diag(s): LINE:COL: ...</c>).</summary>
    public int? ExpectedErrorLine
    {
        get
        {
            var colon = Hcl2Parse.IndexOf("): ", StringComparison.Ordinal);
            if (colon < 0) return null;
            var rest = Hcl2Parse[(colon + 3)..];
            var end = rest.IndexOf(':', StringComparison.Ordinal);
            return end > 0 && int.TryParse(rest[..end], out var line) ? line : null;
        }
    }

    public string Text => File.ReadAllText(FullPath);

    public override string ToString() => RelativePath;
}
