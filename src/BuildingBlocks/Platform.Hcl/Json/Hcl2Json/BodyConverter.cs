using System.Text.Json.Nodes;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Turns a body into hcl2json's object: blocks nested under their type and labels, then attributes.
/// </summary>
internal sealed class BodyConverter(ExpressionConverter expressions, StackGuard stack, DiagnosticBag diagnostics)
{
    /// <summary>The JSON depth of the body being converted (the document itself is 1).</summary>
    private int _depth = 1;

    public JsonObject Convert(Body body)
    {
        var result = new JsonObject();

        // Blocks first, attributes after: an attribute and a block of the same name can both parse, and
        // hcl2json lets the attribute overwrite the blocks (its attributes are written last).
        foreach (var block in body.Blocks)
        {
            if (!stack.HasRoom(block.TypeRange))
            {
                return result;
            }

            AddBlock(block, result);
        }

        foreach (var attribute in body.Attributes)
        {
            result[attribute.Name] = expressions.ToValue(attribute.Expression);
        }

        return result;
    }

    /// <summary>
    /// <c>type "l1" "l2" { }</c> goes to <c>parent.type.l1.l2[]</c>. Every step but the last must be an object
    /// and the last an array of bodies, so blocks of one type whose label counts differ cannot all be placed:
    /// hcl2json fails on such files, and so do we (with the same two messages).
    /// </summary>
    private void AddBlock(Block block, JsonObject parent)
    {
        // Labels are the one source of depth the parser does not bound, and each level costs more the deeper
        // it is (JsonNode walks up its parents on every insertion), so refuse an absurd label count up front.
        var bodyDepth = _depth + block.Labels.Count + 2;
        if (bodyDepth > JsonNesting.MaxDepth)
        {
            ReportTooDeep(block, bodyDepth);
            return;
        }

        if (LabelContainer(block, parent) is not { } container)
        {
            return;
        }

        var outerDepth = _depth;
        _depth = bodyDepth;
        var body = Convert(block.Body);
        _depth = outerDepth;

        var key = block.Labels.Count > 0 ? block.Labels[^1].Value : block.Type;
        switch (container[key])
        {
            case JsonArray bodies:
                bodies.Add(body);
                break;
            case null when !container.ContainsKey(key):
                container[key] = new JsonArray(body);
                break;
            default:
                ReportMixedLabelCounts(block, key);
                break;
        }
    }

    /// <summary>The object the block's body array goes in: its type's object, walked down all labels but the last.</summary>
    private JsonObject? LabelContainer(Block block, JsonObject parent)
    {
        var container = parent;
        var key = block.Type;
        foreach (var label in block.Labels)
        {
            switch (container[key])
            {
                case JsonObject labels:
                    container = labels;
                    break;
                case null when !container.ContainsKey(key):
                    var created = new JsonObject();
                    container[key] = created;
                    container = created;
                    break;
                default:
                    ReportFewerLabelsEarlier(block, label, key);
                    return null;
            }

            key = label.Value;
        }

        return container;
    }

    private void ReportFewerLabelsEarlier(Block block, BlockLabel label, string key) =>
        diagnostics.Error(
            "Block cannot be represented in JSON",
            $"Unable to convert Block to JSON: {string.Join('.', [block.Type, .. block.Labels.Select(l => l.Value)])}. " +
            $"An earlier \"{block.Type}\" block has fewer labels than this one, so \"{key}\" already holds block bodies, " +
            "not labels. Give every block of this type the same number of labels.",
            label.Range,
            block.Range);

    private void ReportMixedLabelCounts(Block block, string key) =>
        diagnostics.Error(
            "Block cannot be represented in JSON",
            $"invalid HCL detected for \"{key}\" block, cannot have blocks with and without labels. " +
            $"An earlier \"{block.Type}\" block has more labels than this one. Give every block of this type the same number of labels.",
            block.Labels.Count > 0 ? block.Labels[^1].Range : block.TypeRange,
            block.Range);

    private void ReportTooDeep(Block block, int bodyDepth) =>
        diagnostics.Error(
            "Too deeply nested for JSON",
            $"This block's body would sit {bodyDepth} levels deep in the hcl2json form, more than {JsonNesting.MaxDepth} " +
            "(each block adds two, plus one per label). Flatten the nesting or use fewer labels.",
            block.TypeRange,
            block.Range);
}
