using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// Decodes a body with an <see cref="HclSpec"/>, as HashiCorp's hcldec does: the specs reading the body are
/// merged into one schema, the body's content is read through it (anything else in the body is an error,
/// unless decoding partially), and the spec builds its value from that content.
/// </summary>
public static class HclSpecDecoder
{
    /// <summary>Decodes the whole body; items the spec does not mention are reported as unsupported.</summary>
    public static (HclValue Value, IReadOnlyList<Diagnostic> Diagnostics) Decode(IHclBody body, HclSpec spec, EvalContext? context)
    {
        var diagnostics = new List<Diagnostic>();
        var value = DecodeBody(body, spec, new SpecDecodeScope([], context, diagnostics));
        return (value, diagnostics);
    }

    /// <summary>Decodes what the spec mentions and returns the rest of the body for another decoder.</summary>
    public static (HclValue Value, IHclBody Remain, IReadOnlyList<Diagnostic> Diagnostics) PartialDecode(IHclBody body, HclSpec spec, EvalContext? context)
    {
        var diagnostics = new List<Diagnostic>();
        var (content, remain, contentDiagnostics) = body.PartialContent(ImpliedSchema(spec));
        diagnostics.AddRange(contentDiagnostics);
        var value = spec.Decode(content, new SpecDecodeScope([], context, diagnostics));
        return (value, remain, diagnostics);
    }

    /// <summary>The schema a spec reads from the body it is applied to.</summary>
    public static BodySchema ImpliedSchema(HclSpec spec)
    {
        var builder = new SpecSchemaBuilder();
        spec.AddToSchema(builder);
        return builder.Build();
    }

    /// <summary>The variables decoding this body would reference, so a caller can prepare them first.</summary>
    public static IReadOnlyList<HclTraversal> Variables(IHclBody body, HclSpec spec)
    {
        var (content, _, _) = body.PartialContent(ImpliedSchema(spec));
        var found = new List<HclTraversal>();
        spec.CollectVariables(content, found);
        return found;
    }

    internal static HclValue DecodeBody(IHclBody body, HclSpec spec, SpecDecodeScope scope)
    {
        var (content, contentDiagnostics) = body.Content(ImpliedSchema(spec));
        scope.Diagnostics.AddRange(contentDiagnostics);
        return spec.Decode(content, scope);
    }

    internal static void CollectBodyVariables(IHclBody body, HclSpec spec, List<HclTraversal> found)
    {
        var (content, _, _) = body.PartialContent(ImpliedSchema(spec));
        spec.CollectVariables(content, found);
    }
}
