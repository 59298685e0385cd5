using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Secrets.Domain.Policies;

/// <summary>
/// Evaluates policy attribute values as literals (no variables, no functions: a policy is data) and checks their
/// shape, reporting "Incorrect attribute value type" at the value's range when it is wrong.
/// </summary>
internal static class PolicyValueReader
{
    public static HclValue? Evaluate(HclAttributeItem attribute, List<Diagnostic> diagnostics)
    {
        var (value, valueDiagnostics) = attribute.Expression.Evaluate(null);
        diagnostics.AddRange(valueDiagnostics);
        if (valueDiagnostics.Any(d => d.Severity == Severity.Error))
        {
            return null;
        }

        if (!value.IsKnown || value.IsNull)
        {
            diagnostics.Add(TypeError(attribute, "a value is required, not null"));
            return null;
        }

        return value;
    }

    public static string? String(HclAttributeItem attribute, List<Diagnostic> diagnostics)
    {
        if (Evaluate(attribute, diagnostics) is not { } value)
        {
            return null;
        }

        if (value.Type != HclType.String)
        {
            diagnostics.Add(TypeError(attribute, $"a string is required, not {value.Type.FriendlyName}"));
            return null;
        }

        return value.AsString();
    }

    /// <summary>A list of strings, each with the range to blame when that element is wrong.</summary>
    public static IReadOnlyList<(string Text, SourceRange Range)>? StringList(HclAttributeItem attribute, List<Diagnostic> diagnostics)
    {
        if (Evaluate(attribute, diagnostics) is not { } value)
        {
            return null;
        }

        if (!value.Type.IsList && !value.Type.IsTuple && !value.Type.IsSet)
        {
            diagnostics.Add(TypeError(attribute, $"a list of strings is required, not {value.Type.FriendlyName}"));
            return null;
        }

        var (items, _) = HclStaticExpression.List(attribute.Expression);
        var result = new List<(string, SourceRange)>();
        var index = 0;
        foreach (var element in value.Elements)
        {
            var range = index < items.Count ? items[index].Range : attribute.Expression.Range;
            index++;
            if (element.Type != HclType.String || element.IsNull)
            {
                diagnostics.Add(Diagnostic.Error("Incorrect attribute value type",
                    $"Inappropriate value for attribute \"{attribute.Name}\": every element must be a string, not {element.Type.FriendlyName}.", range));
                continue;
            }

            result.Add((element.AsString(), range));
        }

        return result;
    }

    /// <summary>
    /// A map from name to a list of allowed values (<c>allowed_parameters</c>): values are strings, numbers or bools,
    /// kept as text.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? ParameterMap(HclAttributeItem attribute, List<Diagnostic> diagnostics)
    {
        if (Evaluate(attribute, diagnostics) is not { } value)
        {
            return null;
        }

        if (!value.Type.IsObject && !value.Type.IsMap)
        {
            diagnostics.Add(TypeError(attribute, $"a map of parameter names to lists of values is required, not {value.Type.FriendlyName}"));
            return null;
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, entry) in value.Entries)
        {
            if (!entry.Type.IsList && !entry.Type.IsTuple && !entry.Type.IsSet)
            {
                diagnostics.Add(TypeError(attribute, $"the values of \"{key}\" must be a list (use [] for any value), not {entry.Type.FriendlyName}"));
                continue;
            }

            var values = new List<string>();
            foreach (var element in entry.Elements)
            {
                if (element.IsNull || !element.Type.IsPrimitive)
                {
                    diagnostics.Add(TypeError(attribute, $"the values of \"{key}\" must be strings, numbers or bools, not {element.Type.FriendlyName}"));
                    continue;
                }

                values.Add(PrimitiveText(element));
            }

            result[key.ToLowerInvariant()] = values;
        }

        return result;
    }

    /// <summary>A duration: whole seconds as a number or string, or a Go duration string such as <c>"5m"</c>.</summary>
    public static TimeSpan? Duration(HclAttributeItem attribute, List<Diagnostic> diagnostics)
    {
        if (Evaluate(attribute, diagnostics) is not { } value)
        {
            return null;
        }

        if (value.Type.IsPrimitive && value.Type != HclType.Bool && PolicyDuration.TryParse(PrimitiveText(value), out var duration))
        {
            return duration;
        }

        diagnostics.Add(Diagnostic.Error("Invalid duration",
            $"\"{attribute.Name}\" must be a number of seconds or a duration such as \"5m\" or \"1h30m\".", attribute.Expression.Range));
        return null;
    }

    public static Diagnostic TypeError(HclAttributeItem attribute, string what) =>
        Diagnostic.Error("Incorrect attribute value type", $"Inappropriate value for attribute \"{attribute.Name}\": {what}.", attribute.Expression.Range);

    private static string PrimitiveText(HclValue value) =>
        value.Type == HclType.String ? value.AsString()
        : value.Type == HclType.Bool ? (value.AsBool() ? "true" : "false")
        : value.AsNumber().ToString();
}
