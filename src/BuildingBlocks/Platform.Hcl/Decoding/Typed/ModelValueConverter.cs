using System.Collections;
using System.Globalization;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Typed;

/// <summary>
/// Turns an evaluated <see cref="HclValue"/> into a CLR value of one property type: first HCL's own conversion to
/// the matching HCL type (so "12" fills an int and 5 fills a string, exactly as in Terraform), then a copy into
/// CLR objects. Failures come back as a message for the caller's diagnostic, never as an exception.
/// </summary>
internal sealed class ModelValueConverter
{
    private readonly Func<HclValue, (object? Value, string? Error)> _read;

    private ModelValueConverter(HclType target, Func<HclValue, (object? Value, string? Error)> read)
    {
        Target = target;
        _read = read;
    }

    /// <summary>The HCL type values are converted to before being read (dynamic: taken as they are).</summary>
    public HclType Target { get; }

    public static bool IsListLike(Type genericDefinition) =>
        genericDefinition == typeof(List<>) || genericDefinition == typeof(IReadOnlyList<>) || genericDefinition == typeof(IList<>)
        || genericDefinition == typeof(IEnumerable<>) || genericDefinition == typeof(IReadOnlyCollection<>) || genericDefinition == typeof(ICollection<>);

    private static bool IsDictionaryLike(Type genericDefinition) =>
        genericDefinition == typeof(Dictionary<,>) || genericDefinition == typeof(IReadOnlyDictionary<,>) || genericDefinition == typeof(IDictionary<,>);

    public static ModelValueConverter For(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return For(underlying);
        }

        if (type == typeof(HclValue))
        {
            return new ModelValueConverter(HclType.Dynamic, v => (v, null));
        }

        if (type == typeof(string))
        {
            return new ModelValueConverter(HclType.String, v => (v.AsString(), null));
        }

        if (type == typeof(bool))
        {
            return new ModelValueConverter(HclType.Bool, v => (v.AsBool(), null));
        }

        if (type == typeof(int))
        {
            return new ModelValueConverter(HclType.Number, v => v.AsNumber().TryGetInt(out var i) && v.AsNumber().IsInteger
                ? (i, null)
                : (null, $"a whole number between {int.MinValue} and {int.MaxValue} is required, not {v.AsNumber()}"));
        }

        if (type == typeof(long))
        {
            return new ModelValueConverter(HclType.Number, v => v.AsNumber().TryGetLong(out var l) && v.AsNumber().IsInteger
                ? (l, null)
                : (null, $"a whole number between {long.MinValue} and {long.MaxValue} is required, not {v.AsNumber()}"));
        }

        if (type == typeof(double))
        {
            return new ModelValueConverter(HclType.Number, v => (v.AsNumber().ToDouble(), null));
        }

        if (type == typeof(decimal))
        {
            return new ModelValueConverter(HclType.Number, v =>
                decimal.TryParse(v.AsNumber().ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? (d, null)
                    : (null, $"the number {v.AsNumber()} does not fit a decimal"));
        }

        if (type.IsEnum)
        {
            // Enum members match the HCL string ignoring case and underscores, so "batch_job" fills BatchJob.
            static string Key(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
            var members = Enum.GetNames(type).ToDictionary(Key, n => Enum.Parse(type, n));
            var allowed = string.Join(", ", Enum.GetNames(type).Select(n => $"\"{n.ToLowerInvariant()}\""));
            return new ModelValueConverter(HclType.String, v => members.TryGetValue(Key(v.AsString()), out var member)
                ? (member, null)
                : (null, $"\"{v.AsString()}\" is not one of {allowed}"));
        }

        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var elementConverter = For(element);
            return new ModelValueConverter(HclType.List(elementConverter.Target), v =>
            {
                var (items, error) = ReadElements(v, elementConverter);
                if (error is not null)
                {
                    return (null, error);
                }

                var array = Array.CreateInstance(element, items!.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    array.SetValue(items[i], i);
                }

                return (array, null);
            });
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (IsListLike(definition) || definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
            {
                var isSet = !IsListLike(definition);
                var elementConverter = For(arguments[0]);
                var concrete = isSet ? typeof(HashSet<>).MakeGenericType(arguments[0]) : typeof(List<>).MakeGenericType(arguments[0]);
                var target = isSet ? HclType.Set(elementConverter.Target) : HclType.List(elementConverter.Target);
                return new ModelValueConverter(target, v =>
                {
                    var (items, error) = ReadElements(v, elementConverter);
                    if (error is not null)
                    {
                        return (null, error);
                    }

                    var collection = Activator.CreateInstance(concrete)!;
                    var add = concrete.GetMethod("Add")!;
                    foreach (var item in items!)
                    {
                        add.Invoke(collection, [item]);
                    }

                    return (collection, null);
                });
            }

            if (IsDictionaryLike(definition) && arguments[0] == typeof(string))
            {
                var valueConverter = For(arguments[1]);
                var concrete = typeof(Dictionary<,>).MakeGenericType(typeof(string), arguments[1]);
                return new ModelValueConverter(HclType.Map(valueConverter.Target), v =>
                {
                    var dictionary = (IDictionary)Activator.CreateInstance(concrete)!;
                    foreach (var (key, item) in v.Entries)
                    {
                        var (converted, error) = valueConverter.Read(item);
                        if (error is not null)
                        {
                            return (null, $"element \"{key}\": {error}");
                        }

                        dictionary[key] = converted;
                    }

                    return (dictionary, null);
                });
            }
        }

        throw new InvalidOperationException(
            $"HCL attributes cannot be decoded into {type.Name}; use string, int, long, double, decimal, bool, an enum, a list, array, set or string-keyed dictionary of those, HclValue or IHclExpression.");
    }

    /// <summary>Converts and reads a value; null, unknown and unconvertible values give an error message.</summary>
    public (object? Value, string? Error) Read(HclValue value)
    {
        if (Target.IsDynamic)
        {
            return (value, null);
        }

        var plain = value.UnmarkDeep().Value;
        if (!HclConversion.TryConvert(plain, Target, out var converted, out var error))
        {
            return (null, error!.Message);
        }

        if (converted.IsNull)
        {
            return (null, "a value is required here, not null");
        }

        if (!converted.IsWhollyKnown)
        {
            return (null, "the value must be known when the configuration is read, but it depends on something not yet known");
        }

        return _read(converted);
    }

    private static (List<object?>? Items, string? Error) ReadElements(HclValue collection, ModelValueConverter elementConverter)
    {
        var items = new List<object?>();
        var index = 0;
        foreach (var element in collection.Elements)
        {
            var (item, error) = elementConverter.Read(element);
            if (error is not null)
            {
                return (null, $"element {index}: {error}");
            }

            items.Add(item);
            index++;
        }

        return (items, null);
    }
}
