namespace Platform.Host.Cli.Hcl;

/// <summary>A file's text as read for the HCL commands; DisplayName is the path as the user typed it, so diagnostics echo it.</summary>
internal sealed record HclSource(string DisplayName, string Text)
{
    /// <summary>HCL's JSON syntax is chosen by extension, as HashiCorp's tools do (<c>.tf.json</c>, <c>.hcl.json</c>, <c>.json</c>).</summary>
    public bool IsJsonSyntax => DisplayName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
