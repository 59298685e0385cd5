using System.Text.Json.Nodes;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Turns a body into hcl2json's object: blocks nested under their type and labels, then attributes.
/// </summary>
internal sealed class BodyConverter(ExpressionConverter expressions, DiagnosticBag diagnostics)
{
    public JsonObject Convert(Body body)
    {
        var result = new JsonObject();

        // Blocks first, attributes after: an attribute and a block of the same name can both parse, and
        // hcl2json lets the attribute overwrite the blocks (its attributes are written last).
        foreach (var block in body.Blocks)
        {
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
                    diagnostics.Error(
                        "Block cannot be represented in JSON",
                        $"Unable to convert Block to JSON: {string.Join('.', [block.Type, .. block.Labels.Select(l => l.Value)])}. " +
                        $"An earlier \"{block.Type}\" block has fewer labels than this one, so \"{key}\" already holds block bodies, " +
                        "not labels. Give every block of this type the same number of labels.",
                        label.Range,
                        block.Range);
                    return;
            }

            key = label.Value;
        }

        var body = Convert(block.Body);
        switch (container[key])
        {
            case JsonArray bodies:
                bodies.Add(body);
                break;
            case null when !container.ContainsKey(key):
                container[key] = new JsonArray(body);
                break;
            default:
                diagnostics.Error(
                    "Block cannot be represented in JSON",
                    $"invalid HCL detected for \"{key}\" block, cannot have blocks with and without labels. " +
                    $"An earlier \"{block.Type}\" block has more labels than this one. Give every block of this type the same number of labels.",
                    block.Labels.Count > 0 ? block.Labels[^1].Range : block.TypeRange,
                    block.Range);
                break;
        }
    }
}
