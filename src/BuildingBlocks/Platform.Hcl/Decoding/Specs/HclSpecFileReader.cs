using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// Reads the hcldec spec format (HashiCorp's cmd/hcldec spec-format.md): one root spec block (<c>object</c>,
/// <c>array</c>, <c>attr</c>, <c>block</c>, <c>block_list</c>, <c>block_set</c>, <c>block_map</c>, <c>block_attrs</c>,
/// <c>literal</c>, <c>default</c>, <c>transform</c>) plus an optional <c>variables</c> block. Specs nested in
/// <c>object</c> carry their property name as a label, which also defaults their <c>name</c>/<c>block_type</c>.
/// Mistakes in the spec are diagnostics pointing into the spec file.
/// </summary>
public static class HclSpecFileReader
{
    private static readonly string[] SpecTypes =
        ["object", "array", "attr", "block", "block_list", "block_set", "block_map", "block_attrs", "literal", "default", "transform"];

    private static readonly BodySchema Unlabelled = new([], SpecTypes.Select(t => new BlockHeaderSchema(t)).ToList());

    private static readonly BodySchema Labelled = new([], SpecTypes.Select(t => new BlockHeaderSchema(t, ["name"])).ToList());

    private static readonly BodySchema Root = new(
        [],
        [.. Unlabelled.Blocks, new BlockHeaderSchema("variables"), new BlockHeaderSchema("function", ["name"])]);

    public static (HclSpecFile? File, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string filename)
    {
        var diagnostics = new List<Diagnostic>();
        var parsed = HclParser.ParseConfig(text, filename);
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.HasErrors)
        {
            return (null, diagnostics);
        }

        var body = new NativeBody(parsed.Value.Body);
        var (content, contentDiagnostics) = body.Content(Root);
        diagnostics.AddRange(contentDiagnostics);

        var variables = new Dictionary<string, HclValue>();
        foreach (var block in content.Blocks.Where(b => b.Type == "variables"))
        {
            var (attributes, attributeDiagnostics) = block.Body.JustAttributes();
            diagnostics.AddRange(attributeDiagnostics);
            foreach (var (name, attribute) in attributes)
            {
                var (value, valueDiagnostics) = attribute.Expression.Evaluate(null);
                diagnostics.AddRange(valueDiagnostics);
                variables[name] = value;
            }
        }

        var functions = new Dictionary<string, HclFunction>();
        foreach (var block in content.Blocks.Where(b => b.Type == "function"))
        {
            if (ReadFunction(block, diagnostics) is { } function)
            {
                if (!functions.TryAdd(block.Labels[0], function))
                {
                    diagnostics.Add(Diagnostic.Error(
                        "Duplicate function",
                        $"A function named \"{block.Labels[0]}\" is already defined in this spec file.",
                        block.DefRange));
                }
            }
        }

        var specBlocks = content.Blocks.Where(b => b.Type is not ("variables" or "function")).ToList();
        var reader = new Reader(diagnostics);
        var root = reader.SingleSpec(specBlocks, content.MissingItemRange, "A spec file must have exactly one root block specifying how to map to a JSON value.");
        return (root is null || diagnostics.Exists(d => d.Severity == Severity.Error) ? null : new HclSpecFile(root, variables, functions), diagnostics);
    }

    private static HclFunction? ReadFunction(HclBlockItem block, List<Diagnostic> diagnostics)
    {
        var (content, contentDiagnostics) = block.Body.Content(new BodySchema(
            [new AttributeSchema("params", Required: true), new AttributeSchema("variadic_param"), new AttributeSchema("result", Required: true)], []));
        diagnostics.AddRange(contentDiagnostics);
        if (!content.Attributes.TryGetValue("params", out var paramsAttribute) || !content.Attributes.TryGetValue("result", out var result))
        {
            return null;
        }

        var (items, listDiagnostics) = HclStaticExpression.List(paramsAttribute.Expression);
        diagnostics.AddRange(listDiagnostics);
        var parameters = new List<string>();
        foreach (var item in items)
        {
            if (HclStaticExpression.Keyword(item) is { } name)
            {
                parameters.Add(name);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error("Invalid parameter name", "Each parameter is a bare identifier, such as params = [a, b].", item.Range));
            }
        }

        string? variadic = null;
        if (content.Attributes.TryGetValue("variadic_param", out var variadicAttribute))
        {
            variadic = HclStaticExpression.Keyword(variadicAttribute.Expression);
            if (variadic is null)
            {
                diagnostics.Add(Diagnostic.Error("Invalid parameter name", "The variadic parameter is a bare identifier, such as variadic_param = rest.", variadicAttribute.Expression.Range));
            }
        }

        return listDiagnostics.Count > 0 || parameters.Count != items.Count ? null : SpecFileFunction.Create(block.Labels[0], parameters, variadic, result.Expression);
    }

    private sealed class Reader(List<Diagnostic> diagnostics)
    {
        public HclSpec? SingleSpec(IReadOnlyList<HclBlockItem> blocks, SourceRange missingRange, string requirement)
        {
            if (blocks.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error("Missing spec block", requirement, missingRange));
                return null;
            }

            foreach (var extra in blocks.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error("Extraneous spec block", requirement, extra.DefRange));
            }

            return Spec(blocks[0], null);
        }

        private HclSpec? Spec(HclBlockItem block, string? nameFromLabel) => block.Type switch
        {
            "object" => Object(block),
            "array" => Array(block),
            "attr" => Attr(block, nameFromLabel),
            "block" or "block_list" or "block_set" or "block_map" => Block(block, nameFromLabel),
            "block_attrs" => BlockAttrs(block, nameFromLabel),
            "literal" => Literal(block),
            "default" => Default(block),
            "transform" => Transform(block),
            _ => null,
        };

        private ObjectSpec Object(HclBlockItem block)
        {
            var (content, contentDiagnostics) = block.Body.Content(Labelled);
            diagnostics.AddRange(contentDiagnostics);
            var attributes = new Dictionary<string, HclSpec>();
            foreach (var child in content.Blocks)
            {
                var name = child.Labels[0];
                if (attributes.ContainsKey(name))
                {
                    diagnostics.Add(Diagnostic.Error(
                        "Duplicate object property",
                        $"The property \"{name}\" is already defined by an earlier spec in this object.",
                        child.DefRange));
                    continue;
                }

                if (Spec(child, name) is { } spec)
                {
                    attributes[name] = spec;
                }
            }

            return new ObjectSpec(attributes);
        }

        private TupleSpec Array(HclBlockItem block)
        {
            var (content, contentDiagnostics) = block.Body.Content(Unlabelled);
            diagnostics.AddRange(contentDiagnostics);
            return new TupleSpec(content.Blocks.Select(b => Spec(b, null)).OfType<HclSpec>().ToList());
        }

        private AttrSpec? Attr(HclBlockItem block, string? nameFromLabel)
        {
            var (content, contentDiagnostics) = block.Body.Content(new BodySchema(
                [new AttributeSchema("name"), new AttributeSchema("type"), new AttributeSchema("required")], []));
            diagnostics.AddRange(contentDiagnostics);
            var name = String(content, "name") ?? nameFromLabel;
            if (name is null)
            {
                diagnostics.Add(Diagnostic.Error(
                    "Missing name in attribute spec",
                    "The name attribute is required, to specify the attribute name that is expected in an input HCL file.",
                    block.DefRange));
                return null;
            }

            return new AttrSpec(name, Type(content, "type") ?? HclType.Dynamic, Bool(content, "required") ?? false);
        }

        private HclSpec? Block(HclBlockItem block, string? nameFromLabel)
        {
            var (content, contentDiagnostics) = block.Body.Content(new BodySchema(
                [
                    new AttributeSchema("block_type"), new AttributeSchema("required"), new AttributeSchema("min_items"),
                    new AttributeSchema("max_items"), new AttributeSchema("labels", Required: block.Type == "block_map"),
                ],
                Unlabelled.Blocks));
            diagnostics.AddRange(contentDiagnostics);
            var typeName = String(content, "block_type") ?? nameFromLabel;
            if (typeName is null)
            {
                diagnostics.Add(Diagnostic.Error(
                    "Missing block_type in block spec",
                    "The block_type attribute is required, to specify the block type name that is expected in an input HCL file.",
                    block.DefRange));
                return null;
            }

            if (block.Type != "block_map" && content.Attributes.TryGetValue("labels", out var labelsAttribute))
            {
                diagnostics.Add(Diagnostic.Error(
                    "Unsupported argument",
                    $"Only block_map specs take labels; a {block.Type} spec does not.",
                    labelsAttribute.NameRange));
            }

            var nested = SingleSpec(content.Blocks, content.MissingItemRange, "A block spec must have exactly one child spec specifying how to decode block contents.");
            if (nested is null)
            {
                return null;
            }

            var required = Bool(content, "required") ?? false;
            var minItems = Int(content, "min_items") ?? 0;
            var maxItems = Int(content, "max_items") ?? 0;
            switch (block.Type)
            {
                case "block":
                    return new BlockSpec(typeName, nested, required);
                case "block_list":
                    return new BlockListSpec(typeName, nested, minItems, maxItems);
                case "block_set":
                    return new BlockSetSpec(typeName, nested, minItems, maxItems);
                default:
                    var labels = Strings(content, "labels");
                    if (labels is null)
                    {
                        return null;
                    }

                    if (labels.Count == 0)
                    {
                        diagnostics.Add(Diagnostic.Error(
                            "Invalid block label name list",
                            "A block_map must have at least one label specified.",
                            content.Attributes["labels"].Expression.Range));
                        return null;
                    }

                    return new BlockMapSpec(typeName, labels, nested);
            }
        }

        private BlockAttrsSpec? BlockAttrs(HclBlockItem block, string? nameFromLabel)
        {
            var (content, contentDiagnostics) = block.Body.Content(new BodySchema(
                [new AttributeSchema("block_type"), new AttributeSchema("element_type", Required: true), new AttributeSchema("required")], []));
            diagnostics.AddRange(contentDiagnostics);
            var typeName = String(content, "block_type") ?? nameFromLabel;
            var elementType = Type(content, "element_type");
            if (typeName is null)
            {
                diagnostics.Add(Diagnostic.Error(
                    "Missing block_type in block_attrs spec",
                    "The block_type attribute is required, to specify the block type name that is expected in an input HCL file.",
                    block.DefRange));
                return null;
            }

            return elementType is null ? null : new BlockAttrsSpec(typeName, elementType, Bool(content, "required") ?? false);
        }

        private LiteralSpec? Literal(HclBlockItem block)
        {
            var (content, contentDiagnostics) = block.Body.Content(new BodySchema([new AttributeSchema("value", Required: true)], []));
            diagnostics.AddRange(contentDiagnostics);
            return content.Attributes.TryGetValue("value", out var value) ? new LiteralSpec(Evaluate(value)) : null;
        }

        private HclSpec? Default(HclBlockItem block)
        {
            var (content, contentDiagnostics) = block.Body.Content(Unlabelled);
            diagnostics.AddRange(contentDiagnostics);
            var specs = content.Blocks.Select(b => Spec(b, null)).OfType<HclSpec>().ToList();
            if (specs.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(
                    "Missing spec block",
                    "A default block must have at least one nested spec, each specifying a possible outcome.",
                    content.MissingItemRange));
                return null;
            }

            // default { a  b  c } means a, else b, else c.
            return specs.Take(specs.Count - 1).Reverse().Aggregate(specs[^1], (fallback, primary) => new DefaultSpec(primary, fallback));
        }

        private TransformSpec? Transform(HclBlockItem block)
        {
            var (content, contentDiagnostics) = block.Body.Content(new BodySchema([new AttributeSchema("result", Required: true)], Unlabelled.Blocks));
            diagnostics.AddRange(contentDiagnostics);
            var nested = SingleSpec(content.Blocks, content.MissingItemRange, "A transform spec must have exactly one nested spec block.");
            return nested is null || !content.Attributes.TryGetValue("result", out var result) ? null : new TransformSpec(nested, result.Expression);
        }

        private HclValue Evaluate(HclAttributeItem attribute)
        {
            var (value, valueDiagnostics) = attribute.Expression.Evaluate(null);
            diagnostics.AddRange(valueDiagnostics);
            return value;
        }

        private HclValue? Typed(BodyContent content, string name, HclType type)
        {
            if (!content.Attributes.TryGetValue(name, out var attribute))
            {
                return null;
            }

            var value = Evaluate(attribute);
            if (!HclConversion.TryConvert(value, type, out var converted, out var error) || converted.IsNull || !converted.IsKnown)
            {
                diagnostics.Add(Diagnostic.Error(
                    "Incorrect attribute value type",
                    $"Inappropriate value for attribute \"{name}\": {error?.Message ?? $"a known, non-null {type.FriendlyName} is required"}.",
                    attribute.Expression.Range));
                return null;
            }

            return converted;
        }

        private string? String(BodyContent content, string name) => Typed(content, name, HclType.String)?.AsString();

        private bool? Bool(BodyContent content, string name) => Typed(content, name, HclType.Bool)?.AsBool();

        private int? Int(BodyContent content, string name)
        {
            var value = Typed(content, name, HclType.Number);
            if (value is null)
            {
                return null;
            }

            if (!value.AsNumber().IsInteger || !value.AsNumber().TryGetInt(out var count) || count < 0)
            {
                diagnostics.Add(Diagnostic.Error(
                    "Incorrect attribute value type",
                    $"Inappropriate value for attribute \"{name}\": a whole number of zero or more is required.",
                    content.Attributes[name].Expression.Range));
                return null;
            }

            return count;
        }

        private List<string>? Strings(BodyContent content, string name) =>
            Typed(content, name, HclType.List(HclType.String))?.Elements.Select(e => e.AsString()).ToList();

        private HclType? Type(BodyContent content, string name)
        {
            if (!content.Attributes.TryGetValue(name, out var attribute))
            {
                return null;
            }

            var (syntax, syntaxDiagnostics) = HclStaticExpression.AsNativeSyntax(attribute.Expression);
            diagnostics.AddRange(syntaxDiagnostics);
            if (syntax is null)
            {
                return null;
            }

            var (type, typeDiagnostics) = TypeConstraintReader.Read(syntax);
            diagnostics.AddRange(typeDiagnostics);
            return typeDiagnostics.Any(d => d.Severity == Severity.Error) ? null : type;
        }
    }
}
