using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Json.Syntax;
using Platform.Hcl.Parsing;

namespace Platform.Secrets.Domain.Policies;

/// <summary>
/// Reads a Vault ACL policy written in HCL or in HCL's JSON syntax (chosen like Vault's HCL 1 parser does: a text
/// whose first non-blank character is <c>{</c> is JSON). Layouts only HCL 1 accepted, which Vault still takes and
/// HashiCorp's own guides use, are repaired first (<see cref="Hcl1LayoutRepair"/>). Never throws for bad input:
/// every problem is a diagnostic with its file:line:col.
/// </summary>
public static class PolicyParser
{
    private static readonly BodySchema TopLevel = new(
        [new AttributeSchema("name")],
        [new BlockHeaderSchema("path", ["path"])]);

    public static PolicyParseResult Parse(string text, string filename)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var body = ParseBody(text, filename, diagnostics);
        if (body is null)
        {
            return new PolicyParseResult(null, diagnostics);
        }

        var (content, contentDiagnostics) = body.Content(TopLevel);
        diagnostics.AddRange(contentDiagnostics);

        string? name = null;
        if (content.Attributes.TryGetValue("name", out var nameAttribute))
        {
            name = PolicyValueReader.String(nameAttribute, diagnostics);
        }

        var rules = new List<PathRule>(content.Blocks.Count);
        foreach (var block in content.Blocks)
        {
            if (PathRuleDecoder.Decode(block, diagnostics) is { } rule)
            {
                rules.Add(rule);
            }
        }

        var failed = diagnostics.Any(d => d.Severity == Severity.Error);
        return new PolicyParseResult(failed ? null : new PolicyDocument(name, rules, text), diagnostics);
    }

    private static IHclBody? ParseBody(string text, string filename, List<Diagnostic> diagnostics)
    {
        if (LooksLikeJson(text) || filename.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var json = HclJsonParser.Parse(text, filename);
            diagnostics.AddRange(json.Diagnostics);
            return json.HasErrors ? null : json.Value.Body;
        }

        var (repaired, warnings) = Hcl1LayoutRepair.RepairWithWarnings(text, filename);
        diagnostics.AddRange(warnings);
        var native = HclParser.ParseConfig(repaired, filename);
        diagnostics.AddRange(native.Diagnostics);
        return native.HasErrors ? null : new NativeBody(native.Value.Body);
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{';
            }
        }

        return false;
    }
}
