using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Renders a parsed native-syntax file as the JSON that <c>@cdktf/hcl2json</c> (HashiCorp's hcl v2.23 with a
/// converter derived from tmccombs/hcl2json) produces for it, so our parser can be checked against HashiCorp's.
/// The shape: every block becomes <c>{type: {label: … [ {body} ]}}</c> (always an array, one element per
/// repeated block); literals are folded to JSON values; every other expression is kept as
/// <c>"${source text}"</c> sliced by its range; templates become strings with interpolations and directives
/// re-emitted; object keys are sorted. README.md next to this file lists every rule and quirk.
/// </summary>
/// <remarks>
/// A file that parses can still be unrenderable: blocks of one type with different label counts have no JSON
/// shape, and a unary operator on a literal of the wrong type fails when folded. hcl2json rejects those files,
/// so the renderer reports an error diagnostic and returns null, never a partial document.
/// </remarks>
public static class Hcl2JsonRenderer
{
    // Readable non-ASCII, and only the escapes JSON requires: the output is for people and for diffing.
    private static readonly JsonSerializerOptions CompactOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = JsonNesting.MaxDepth + 1, // the default, 64, is far below what the parser accepts
    };
    private static readonly JsonSerializerOptions IndentedOptions = new(CompactOptions) { WriteIndented = true };

    /// <summary>The hcl2json document of <paramref name="file"/> (keys sorted), or null after adding errors to <paramref name="diagnostics"/>.</summary>
    public static JsonObject? ToJsonNode(ConfigFile file, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var errors = new DiagnosticBag();
        var stack = new StackGuard(errors);
        var document = new BodyConverter(new ExpressionConverter(file.Source, stack, errors), stack, errors).Convert(file.Body);
        if (!errors.HasErrors && JsonNesting.Exceeds(document, JsonNesting.MaxDepth))
        {
            errors.Error(
                "Too deeply nested for JSON",
                $"The hcl2json form of this file nests more than {JsonNesting.MaxDepth} levels (each block adds two, plus one per label). Flatten the nesting or use fewer labels.",
                file.Body.Range);
        }

        diagnostics.AddRange(errors);
        if (errors.HasErrors)
        {
            return null;
        }

        JsonKeyOrder.SortInPlace(document);
        return document;
    }

    /// <summary>
    /// The hcl2json text of <paramref name="file"/>; throws <see cref="Hcl2JsonConversionException"/> when it has
    /// none (see the remarks on this class). Prefer the overload taking a <see cref="DiagnosticBag"/> for user input.
    /// </summary>
    public static string Render(ConfigFile file, bool indented = true)
    {
        var diagnostics = new DiagnosticBag();
        return Render(file, diagnostics, indented) ?? throw new Hcl2JsonConversionException([.. diagnostics]);
    }

    /// <summary>The hcl2json text of <paramref name="file"/>, or null after adding errors to <paramref name="diagnostics"/>.</summary>
    public static string? Render(ConfigFile file, DiagnosticBag diagnostics, bool indented = true)
    {
        var document = ToJsonNode(file, diagnostics);
        return document?.ToJsonString(indented ? IndentedOptions : CompactOptions);
    }
}
