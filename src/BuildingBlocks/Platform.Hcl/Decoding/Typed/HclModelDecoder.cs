using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Typed;

/// <summary>
/// Decodes a body into a C# model described by <see cref="HclAttributeAttribute"/>, <see cref="HclBlockAttribute"/>,
/// <see cref="HclLabelAttribute"/> and <see cref="HclRemainAttribute"/> (the gohcl way). Everything wrong with the
/// input is a diagnostic with its range (unsupported or missing arguments and blocks, wrong label counts, values
/// that do not convert), and decoding carries on so one run reports every problem. Properties whose attribute
/// is absent keep their initial values, so property initialisers are the defaults.
/// </summary>
public static class HclModelDecoder
{
    /// <summary>Decodes a new <typeparamref name="T"/> from the body.</summary>
    public static (T Value, IReadOnlyList<Diagnostic> Diagnostics) Decode<T>(IHclBody body, EvalContext? context)
        where T : new()
    {
        var value = new T();
        var diagnostics = DecodeInto(body, context, value);
        return (value, diagnostics);
    }

    /// <summary>Decodes the body into an existing model object (whose current values act as defaults).</summary>
    public static IReadOnlyList<Diagnostic> DecodeInto(IHclBody body, EvalContext? context, object target)
    {
        var diagnostics = new List<Diagnostic>();
        DecodeBody(body, context, target, diagnostics);
        return diagnostics;
    }

    private static void DecodeBody(IHclBody body, EvalContext? context, object target, List<Diagnostic> diagnostics)
    {
        var shape = ModelShape.For(target.GetType());
        BodyContent content;
        if (shape.Remain is { } remainProperty)
        {
            var (partial, remain, partialDiagnostics) = body.PartialContent(shape.Schema);
            diagnostics.AddRange(partialDiagnostics);
            if (remainProperty.PropertyType == typeof(IHclBody))
            {
                remainProperty.SetValue(target, remain);
            }
            else
            {
                // Leftovers as attributes: any leftover block is an error, as in gohcl's hcl.Attributes remain.
                var (attributes, attributeDiagnostics) = remain.JustAttributes();
                diagnostics.AddRange(attributeDiagnostics);
                remainProperty.SetValue(target, attributes);
            }

            content = partial;
        }
        else
        {
            var (full, fullDiagnostics) = body.Content(shape.Schema);
            diagnostics.AddRange(fullDiagnostics);
            content = full;
        }

        foreach (var field in shape.Attributes)
        {
            if (content.Attributes.TryGetValue(field.Name, out var attribute))
            {
                DecodeAttribute(field, attribute, context, target, diagnostics);
            }
        }

        foreach (var field in shape.Blocks)
        {
            DecodeBlocks(field, content, context, target, diagnostics);
        }
    }

    private static void DecodeAttribute(ModelShape.AttributeField field, HclAttributeItem attribute, EvalContext? context, object target, List<Diagnostic> diagnostics)
    {
        if (field.Converter is null)
        {
            field.Property.SetValue(target, attribute.Expression);
            return;
        }

        var (value, valueDiagnostics) = attribute.Expression.Evaluate(context);
        diagnostics.AddRange(valueDiagnostics);
        if (valueDiagnostics.Any(d => d.Severity == Severity.Error))
        {
            return;
        }

        if (value.IsNull && field.Nullable)
        {
            field.Property.SetValue(target, null);
            return;
        }

        var (converted, error) = field.Converter.Read(value);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(
                "Unsuitable value type",
                $"Unsuitable value for argument \"{field.Name}\": {error}.",
                attribute.Expression.Range,
                attribute.Range));
            return;
        }

        field.Property.SetValue(target, converted);
    }

    private static void DecodeBlocks(ModelShape.BlockField field, BodyContent content, EvalContext? context, object target, List<Diagnostic> diagnostics)
    {
        var blocks = content.Blocks.Where(b => b.Type == field.TypeName).ToList();
        if (field.IsList)
        {
            var items = blocks.Select(b => DecodeBlock(field.ElementType, b, context, diagnostics)).ToList();
            var list = field.Property.PropertyType.IsArray
                ? Array.CreateInstance(field.ElementType, items.Count)
                : (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(field.ElementType))!;
            for (var i = 0; i < items.Count; i++)
            {
                if (list is Array array)
                {
                    array.SetValue(items[i], i);
                }
                else
                {
                    list.Add(items[i]);
                }
            }

            field.Property.SetValue(target, list);
            return;
        }

        foreach (var duplicate in blocks.Skip(1))
        {
            diagnostics.Add(Diagnostic.Error(
                $"Duplicate {field.TypeName} block",
                $"Only one {field.TypeName} block is allowed. Another was defined at {blocks[0].DefRange}.",
                duplicate.DefRange));
        }

        if (blocks.Count == 0)
        {
            if (!field.Nullable)
            {
                diagnostics.Add(Diagnostic.Error(
                    $"Missing {field.TypeName} block",
                    $"A {field.TypeName} block is required.",
                    content.MissingItemRange));
            }

            return;
        }

        field.Property.SetValue(target, DecodeBlock(field.ElementType, blocks[0], context, diagnostics));
    }

    private static object DecodeBlock(Type type, HclBlockItem block, EvalContext? context, List<Diagnostic> diagnostics)
    {
        var instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"{type.Name} needs a public parameterless constructor to be decoded from a block.");
        var shape = ModelShape.For(type);
        for (var i = 0; i < shape.Labels.Count && i < block.Labels.Count; i++)
        {
            shape.Labels[i].Property.SetValue(instance, block.Labels[i]);
        }

        DecodeBody(block.Body, context, instance, diagnostics);
        return instance;
    }
}
