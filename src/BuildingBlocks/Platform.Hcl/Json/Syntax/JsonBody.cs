using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Syntax;

/// <summary>
/// An <see cref="IHclBody"/> over a JSON value, interpreted as the HCL JSON spec says: a body is an object or an
/// array of objects whose properties are visited in order; the schema decides whether a property is an
/// attribute or a block type; label levels are nested objects (or arrays of them); after the labels an object
/// is one block and an array of objects several; <c>"//"</c> properties are comments. Properties already taken
/// by <see cref="PartialContent"/> are hidden, by name, from the remainder it returns.
/// </summary>
public sealed class JsonBody : IHclBody
{
    private const string CommentProperty = "//";

    private readonly IReadOnlySet<string> _hidden;

    public JsonBody(JsonSyntaxNode value)
        : this(value, new HashSet<string>())
    {
    }

    private JsonBody(JsonSyntaxNode value, IReadOnlySet<string> hidden)
    {
        Value = value;
        _hidden = hidden;
    }

    public JsonSyntaxNode Value { get; }

    public SourceRange MissingItemRange => Value switch
    {
        JsonObjectSyntax obj => obj.CloseRange,
        JsonArraySyntax array => array.OpenRange,
        _ => Value.StartRange,
    };

    public (BodyContent Content, IReadOnlyList<Diagnostic> Diagnostics) Content(BodySchema schema)
    {
        var (content, remain, properties, diagnostics) = PartialContentCore(schema);
        // Attributes already defined are not suggested again; block types can repeat, so they always are.
        var suggestions = schema.Attributes.Where(a => !content.Attributes.ContainsKey(a.Name))
            .Select(a => a.Name)
            .Concat(schema.Blocks.Select(b => b.Type))
            .ToList();
        foreach (var property in properties)
        {
            if (property.Name == CommentProperty || remain._hidden.Contains(property.Name))
            {
                continue;
            }

            var suggestion = NameSuggestion.Closest(property.Name, suggestions) is { } s ? $" Did you mean \"{s}\"?" : "";
            diagnostics.Add(Diagnostic.Error(
                "Extraneous JSON object property",
                $"No argument or block type is named \"{property.Name}\".{suggestion}",
                property.NameRange,
                property.Range));
        }

        return (content, diagnostics);
    }

    public (BodyContent Content, IHclBody Remain, IReadOnlyList<Diagnostic> Diagnostics) PartialContent(BodySchema schema)
    {
        var (content, remain, _, diagnostics) = PartialContentCore(schema);
        return (content, remain, diagnostics);
    }

    private (BodyContent Content, JsonBody Remain, List<JsonPropertySyntax> Properties, List<Diagnostic> Diagnostics) PartialContentCore(BodySchema schema)
    {
        var diagnostics = new List<Diagnostic>();
        var properties = CollectProperties(Value, null, diagnostics);
        var used = new HashSet<string>(_hidden);
        var attributes = new Dictionary<string, HclAttributeItem>();
        var blocks = new List<HclBlockItem>();

        var attributeSchemas = new Dictionary<string, AttributeSchema>();
        foreach (var attributeSchema in schema.Attributes)
        {
            attributeSchemas.TryAdd(attributeSchema.Name, attributeSchema);
        }

        var blockSchemas = new Dictionary<string, BlockHeaderSchema>();
        foreach (var blockSchema in schema.Blocks)
        {
            blockSchemas.TryAdd(blockSchema.Type, blockSchema);
        }

        foreach (var property in properties)
        {
            if (_hidden.Contains(property.Name))
            {
                continue;
            }

            if (attributeSchemas.ContainsKey(property.Name))
            {
                if (attributes.TryGetValue(property.Name, out var existing))
                {
                    diagnostics.Add(Diagnostic.Error(
                        "Duplicate argument",
                        $"The argument \"{property.Name}\" was already set at {existing.Range}.",
                        property.NameRange,
                        property.Range));
                    continue;
                }

                attributes[property.Name] = ToItem(property);
                used.Add(property.Name);
            }
            else if (blockSchemas.TryGetValue(property.Name, out var blockSchema))
            {
                UnpackBlock(property.Value, blockSchema.Type, property.NameRange, blockSchema.LabelNames, [], [], blocks, diagnostics);
                used.Add(property.Name);
            }
        }

        foreach (var attributeSchema in schema.Attributes)
        {
            if (attributeSchema.Required && !attributes.ContainsKey(attributeSchema.Name))
            {
                diagnostics.Add(Diagnostic.Error(
                    "Missing required argument",
                    $"The argument \"{attributeSchema.Name}\" is required, but no definition was found.",
                    MissingItemRange));
            }
        }

        var content = new BodyContent(attributes, blocks, MissingItemRange);
        return (content, new JsonBody(Value, used), properties, diagnostics);
    }

    public (IReadOnlyDictionary<string, HclAttributeItem> Attributes, IReadOnlyList<Diagnostic> Diagnostics) JustAttributes()
    {
        var diagnostics = new List<Diagnostic>();
        var attributes = new Dictionary<string, HclAttributeItem>();
        if (Value is not JsonObjectSyntax obj)
        {
            diagnostics.Add(Diagnostic.Error(
                "Incorrect JSON value type",
                "A JSON object is required here, setting the arguments for this block.",
                Value.StartRange));
            return (attributes, diagnostics);
        }

        foreach (var property in obj.Properties)
        {
            if (property.Name == CommentProperty || _hidden.Contains(property.Name))
            {
                continue;
            }

            if (attributes.TryGetValue(property.Name, out var existing))
            {
                diagnostics.Add(Diagnostic.Error(
                    "Duplicate attribute definition",
                    $"The argument \"{property.Name}\" was already set at {existing.Range}.",
                    property.NameRange));
                continue;
            }

            attributes[property.Name] = ToItem(property);
        }

        return (attributes, diagnostics);
    }

    private static HclAttributeItem ToItem(JsonPropertySyntax property) =>
        new(property.Name, new JsonExpression(property.Value), property.Range, property.NameRange);

    private static void UnpackBlock(
        JsonSyntaxNode value,
        string type,
        SourceRange typeRange,
        IReadOnlyList<string> labelsLeft,
        IReadOnlyList<string> labels,
        IReadOnlyList<SourceRange> labelRanges,
        List<HclBlockItem> blocks,
        List<Diagnostic> diagnostics)
    {
        if (labelsLeft.Count > 0)
        {
            var labelName = labelsLeft[0];
            var levels = CollectProperties(value, labelName, diagnostics);
            if (levels.Count == 0 && value is not JsonInvalidSyntax)
            {
                diagnostics.Add(Diagnostic.Error(
                    "Missing block label",
                    $"At least one object property is required, whose name represents the {type} block's {labelName}.",
                    value.StartRange));
                return;
            }

            foreach (var level in levels)
            {
                UnpackBlock(level.Value, type, typeRange, labelsLeft.Skip(1).ToList(), [.. labels, level.Name], [.. labelRanges, level.NameRange], blocks, diagnostics);
            }

            return;
        }

        switch (value)
        {
            case JsonNullSyntax or JsonInvalidSyntax:
                // null means "no block here"; an invalid value was already reported by the parser.
                return;
            case JsonObjectSyntax obj:
                blocks.Add(new HclBlockItem(type, labels, new JsonBody(obj), obj.OpenRange, typeRange, labelRanges));
                return;
            case JsonArraySyntax array:
                foreach (var item in array.Items)
                {
                    // A non-object element is reported when its body's content is requested.
                    blocks.Add(new HclBlockItem(type, labels, new JsonBody(item), array.OpenRange, typeRange, labelRanges));
                }

                return;
            default:
                diagnostics.Add(Diagnostic.Error(
                    "Incorrect JSON value type",
                    $"Either a JSON object or a JSON array is required, representing the contents of one or more \"{type}\" blocks.",
                    value.StartRange));
                return;
        }
    }

    // Flattens an object, or an array of objects, into its properties in order. labelName tailors the messages
    // when the value is a label level rather than a body.
    private static List<JsonPropertySyntax> CollectProperties(JsonSyntaxNode value, string? labelName, List<Diagnostic> diagnostics)
    {
        var properties = new List<JsonPropertySyntax>();
        switch (value)
        {
            case JsonNullSyntax or JsonInvalidSyntax:
                break;
            case JsonObjectSyntax obj:
                properties.AddRange(obj.Properties);
                break;
            case JsonArraySyntax array:
                foreach (var item in array.Items)
                {
                    if (item is JsonObjectSyntax itemObject)
                    {
                        properties.AddRange(itemObject.Properties);
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic.Error(
                            "Incorrect JSON value type",
                            labelName is null
                                ? "A JSON object is required here, to define arguments and child blocks."
                                : $"A JSON object is required here, to specify {labelName} labels for this block.",
                            item.StartRange));
                    }
                }

                break;
            default:
                diagnostics.Add(Diagnostic.Error(
                    "Incorrect JSON value type",
                    labelName is null
                        ? "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks."
                        : $"Either a JSON object or JSON array of objects is required here, to specify {labelName} labels for this block.",
                    value.StartRange));
                break;
        }

        return properties;
    }
}
