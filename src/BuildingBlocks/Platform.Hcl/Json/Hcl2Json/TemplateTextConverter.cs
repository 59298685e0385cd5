using System.Text;
using Platform.Hcl.Syntax.Expressions;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Renders an expression where hcl2json needs a string: a template's parts, a directive's branches, an object
/// key. Templates come out as template source again (<c>${…}</c>, <c>%{if …}</c>, <c>%{for …}</c>), rebuilt
/// from the tree rather than sliced, so whitespace, strip markers and escapes are normalised.
/// </summary>
internal sealed class TemplateTextConverter(SourceSlicer slicer, StackGuard stack)
{
    public string ToText(Expression expression)
    {
        var text = new StringBuilder();
        Append(expression, text);
        return text.ToString();
    }

    /// <summary>All parts of a template (or of a directive's branch), one after another.</summary>
    public string ToText(IReadOnlyList<Expression> parts)
    {
        var text = new StringBuilder();
        AppendParts(parts, text);
        return text.ToString();
    }

    private void Append(Expression expression, StringBuilder text)
    {
        if (!stack.HasRoom(expression.Range))
        {
            return;
        }

        switch (expression)
        {
            case NumberLiteralExpression number:
                text.Append(NumberLiteralText.Format(number.Text));
                break;
            case BoolLiteralExpression boolean:
                text.Append(boolean.Value ? "true" : "false");
                break;
            case NullLiteralExpression:
                text.Append("null");
                break;
            case TemplateLiteral literal:
                AppendLiteral(literal.Value, text);
                break;
            case TemplateExpression template:
                AppendParts(template.Parts, text);
                break;
            case TemplateWrapExpression wrap:
                Append(wrap.Wrapped, text);
                break;
            case TemplateInterpolation interpolation:
                Append(interpolation.Expression, text);
                break;
            case ConditionalExpression conditional:
                // hcl's template parser turns %{if} into a conditional expression, so hcl2json prints every
                // conditional it meets inside a template as a directive, "${a ? b : c}" included.
                AppendIf(conditional.Condition, [conditional.TrueResult], [conditional.FalseResult], text);
                break;
            case TemplateIfDirective directive:
                AppendIf(directive.Condition, directive.Then, directive.Else, text);
                break;
            case TemplateForDirective directive:
                AppendFor(directive, text);
                break;
            default:
                text.Append(slicer.Wrap(expression.Range));
                break;
        }
    }

    private void AppendParts(IReadOnlyList<Expression> parts, StringBuilder text)
    {
        foreach (var part in parts)
        {
            Append(part, text);
        }
    }

    /// <summary>
    /// Literal text with <c>${</c> and <c>%{</c> escaped again (<c>$${</c>, <c>%%{</c>), as hcl2json does, so the
    /// output reads back as the same template.
    /// </summary>
    private static void AppendLiteral(string value, StringBuilder text)
    {
        var start = text.Length;
        text.Append(value);
        if (value.Contains("${", StringComparison.Ordinal) || value.Contains("%{", StringComparison.Ordinal))
        {
            text.Replace("${", "$${", start, text.Length - start);
            text.Replace("%{", "%%{", start, text.Length - start);
        }
    }

    private void AppendIf(Expression condition, IReadOnlyList<Expression> then, IReadOnlyList<Expression> otherwise, StringBuilder text)
    {
        text.Append("%{if ").Append(slicer.Slice(condition.Range)).Append('}');
        AppendParts(then, text);

        // An else branch that renders to nothing is dropped, whether it was written or not.
        var elseText = ToText(otherwise);
        if (elseText.Length > 0)
        {
            text.Append("%{else}").Append(elseText);
        }

        text.Append("%{endif}");
    }

    private void AppendFor(TemplateForDirective directive, StringBuilder text)
    {
        text.Append("%{for ");
        if (directive.KeyVariable is { } key)
        {
            text.Append(key).Append(", ");
        }

        text.Append(directive.ValueVariable).Append(" in ").Append(slicer.Slice(directive.Collection.Range)).Append('}');
        AppendParts(directive.Body, text);
        text.Append("%{endfor}");
    }
}
