using System.Collections.Concurrent;
using System.Reflection;

namespace Platform.Hcl.Decoding.Typed;

/// <summary>
/// What a model class asks of a body, read once per type from its <c>[Hcl…]</c> attributes: attribute and block
/// properties, label properties (in declaration order), the remain property, and the schema they imply.
/// A model that cannot work (a label that is not a string, two remain properties, an unsupported property type)
/// is a programming error and throws <see cref="InvalidOperationException"/> the first time the type is used.
/// </summary>
internal sealed class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelShape> Cache = new();

    private BodySchema? _schema;

    private ModelShape(Type type)
    {
        // NullabilityInfoContext is not thread-safe, and shapes may be built concurrently: one per shape.
        var nullability = new NullabilityInfoContext();
        Type = type;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetCustomAttribute<HclAttributeAttribute>() is { } attribute)
            {
                RequireWritable(property);
                // An IHclExpression property takes the expression unevaluated; everything else is converted.
                var converter = property.PropertyType == typeof(IHclExpression) ? null : ModelValueConverter.For(property.PropertyType);
                var nullable = IsNullable(property, nullability);
                Attributes.Add(new AttributeField(property, attribute.Name, !attribute.Optional && !nullable, nullable, converter));
            }
            else if (property.GetCustomAttribute<HclBlockAttribute>() is { } block)
            {
                RequireWritable(property);
                var (elementType, isList) = BlockElementType(property.PropertyType);
                Blocks.Add(new BlockField(property, block.Type, elementType, isList, IsNullable(property, nullability)));
            }
            else if (property.GetCustomAttribute<HclLabelAttribute>() is { } label)
            {
                RequireWritable(property);
                if (property.PropertyType != typeof(string))
                {
                    throw new InvalidOperationException($"{type.Name}.{property.Name}: an [HclLabel] property must be a string.");
                }

                Labels.Add(new LabelField(property, label.Name));
            }
            else if (property.GetCustomAttribute<HclRemainAttribute>() is not null)
            {
                RequireWritable(property);
                if (Remain is not null)
                {
                    throw new InvalidOperationException($"{type.Name}: only one property may be [HclRemain].");
                }

                if (property.PropertyType != typeof(IHclBody) && property.PropertyType != typeof(IReadOnlyDictionary<string, HclAttributeItem>))
                {
                    throw new InvalidOperationException(
                        $"{type.Name}.{property.Name}: an [HclRemain] property must be an IHclBody or an IReadOnlyDictionary<string, HclAttributeItem>.");
                }

                Remain = property;
            }
        }

    }

    public Type Type { get; }

    public List<AttributeField> Attributes { get; } = [];

    public List<BlockField> Blocks { get; } = [];

    public List<LabelField> Labels { get; } = [];

    public PropertyInfo? Remain { get; }

    // Built on first use, not in the constructor, so a block type that nests itself does not recurse forever.
    public BodySchema Schema => _schema ??= new BodySchema(
        Attributes.Select(a => new AttributeSchema(a.Name, a.Required)).ToList(),
        Blocks.Select(b => new BlockHeaderSchema(b.TypeName, For(b.ElementType).Labels.Select(l => l.Name).ToList())).ToList());

    public static ModelShape For(Type type) => Cache.GetOrAdd(type, t => new ModelShape(t));

    private static void RequireWritable(PropertyInfo property)
    {
        if (property.SetMethod is null)
        {
            throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name}: a decoded property needs a setter (init is fine).");
        }
    }

    private static bool IsNullable(PropertyInfo property, NullabilityInfoContext nullability) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && nullability.Create(property).WriteState == NullabilityState.Nullable);

    private static (Type ElementType, bool IsList) BlockElementType(Type propertyType)
    {
        if (propertyType.IsArray)
        {
            return (propertyType.GetElementType()!, true);
        }

        if (propertyType.IsGenericType && ModelValueConverter.IsListLike(propertyType.GetGenericTypeDefinition()))
        {
            return (propertyType.GetGenericArguments()[0], true);
        }

        if (propertyType.IsClass && propertyType != typeof(string))
        {
            return (propertyType, false);
        }

        throw new InvalidOperationException($"An [HclBlock] property must be a class or a list/array of a class, not {propertyType.Name}.");
    }

    internal sealed record AttributeField(PropertyInfo Property, string Name, bool Required, bool Nullable, ModelValueConverter? Converter);

    internal sealed record BlockField(PropertyInfo Property, string TypeName, Type ElementType, bool IsList, bool Nullable);

    internal sealed record LabelField(PropertyInfo Property, string Name);
}
