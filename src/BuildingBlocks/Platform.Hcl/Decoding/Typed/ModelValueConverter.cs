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
    private const string SensitiveText = "(sensitive value)";

    // The second argument says the value was marked sensitive: error messages then never show it, since
    // diagnostics end up in logs and terminals.
    private readonly Func<HclValue, bool, (object? Value, string? Error)> _read;

    private ModelValueConverter(HclType target, Func<HclValue, bool, (object? Value, string? Error)> read)
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
            return new ModelValueConverter(HclType.Dynamic, (v, _) => (v, null));
        }

        if (type == typeof(string))
        {
            return new ModelValueConverter(HclType.String, (v, _) => (v.AsString(), null));
        }

        if (type == typeof(bool))
        {
            return new ModelValueConverter(HclType.Bool, (v, _) => (v.AsBool(), null));
        }

        if (type == typeof(int))
        {
            return new ModelValueConverter(HclType.Number, (v, sensitive) => v.AsNumber().TryGetInt(out var i) && v.AsNumber().IsInteger
                ? (i, null)
                : (null, $"a whole number between {int.MinValue} and {int.MaxValue} is required, not {Show(v, sensitive)}"));
        }

        if (type == typeof(long))
        {
            return new ModelValueConverter(HclType.Number, (v, sensitive) => v.AsNumber().TryGetLong(out var l) && v.AsNumber().IsInteger
                ? (l, null)
                : (null, $"a whole number between {long.MinValue} and {long.MaxValue} is required, not {Show(v, sensitive)}"));
        }

        if (type == typeof(double))
        {
            // As gocty does: precision may be lost, but an infinity is never made up.
            return new ModelValueConverter(HclType.Number, (v, _) => v.AsNumber().ToDouble() is var d && double.IsInfinity(d)
                ? (null, "the number is too large for a double-precision number")
                : (d, null));
        }

        if (type == typeof(decimal))
        {
            return new ModelValueConverter(HclType.Number, (v, sensitive) => ReadDecimal(v, sensitive));
        }

        if (type.IsEnum)
        {
            // Enum members match the HCL string ignoring case and underscores, so "batch_job" fills BatchJob.
            static string Key(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
            var members = Enum.GetNames(type).ToDictionary(Key, n => Enum.Parse(type, n));
            var allowed = string.Join(", ", Enum.GetNames(type).Select(n => $"\"{n.ToLowerInvariant()}\""));
            return new ModelValueConverter(HclType.String, (v, sensitive) => members.TryGetValue(Key(v.AsString()), out var member)
                ? (member, null)
                : (null, $"{Show(v, sensitive)} is not one of {allowed}"));
        }

        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var elementConverter = For(element);
            return new ModelValueConverter(HclType.List(elementConverter.Target), (v, sensitive) =>
            {
                var (items, error) = ReadElements(v, elementConverter, sensitive);
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
                return new ModelValueConverter(target, (v, sensitive) =>
                {
                    var (items, error) = ReadElements(v, elementConverter, sensitive);
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
                return new ModelValueConverter(HclType.Map(valueConverter.Target), (v, sensitive) =>
                {
                    var dictionary = (IDictionary)Activator.CreateInstance(concrete)!;
                    foreach (var (key, item) in v.Entries)
                    {
                        var (converted, error) = valueConverter.Read(item, sensitive);
                        if (error is not null)
                        {
                            return (null, sensitive ? error : $"element \"{key}\": {error}");
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
    public (object? Value, string? Error) Read(HclValue value) => Read(value, false);

    // A collection's elements were unmarked with it, so a sensitive collection passes the flag down to them.
    private (object? Value, string? Error) Read(HclValue value, bool sensitiveContainer)
    {
        if (Target.IsDynamic)
        {
            return (value, null);
        }

        var (plain, marks) = value.UnmarkDeep();
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

        return _read(converted, sensitiveContainer || marks.Contains(HclMarks.Sensitive));
    }

    // Only scalars are ever shown. Numbers are written from their double approximation when far from 1, because
    // the exact decimal text of 1e100000 has a hundred thousand digits (and takes seconds to produce).
    private static string Show(HclValue value, bool sensitive)
    {
        if (sensitive)
        {
            return SensitiveText;
        }

        if (value.Type.Equals(HclType.String))
        {
            var text = value.AsString();
            return text.Length <= 40 ? $"\"{text}\"" : $"\"{text[..40]}…\"";
        }

        if (!value.Type.Equals(HclType.Number))
        {
            return "this value";
        }

        var number = value.AsNumber();
        var magnitude = Math.Abs(number.ToDouble());
        if (number.IsZero || (magnitude >= 1e-6 && magnitude < 1e21))
        {
            var text = number.ToString();
            return text.Length <= 40 ? text : $"{text[..40]}…";
        }

        return double.IsInfinity(magnitude)
            ? (number.IsNegative ? "a number below -1.8e308" : "a number above 1.8e308")
            : number.ToDouble().ToString("R", CultureInfo.InvariantCulture);
    }

    private static (object? Value, string? Error) ReadDecimal(HclValue value, bool sensitive)
    {
        var number = value.AsNumber();
        var magnitude = Math.Abs(number.ToDouble());
        if (magnitude > 7.9e28)
        {
            return (null, $"{Show(value, sensitive)} does not fit a decimal");
        }

        // Below decimal's smallest step the value rounds to zero, as decimal parsing would; checked first so the
        // exact text of a tiny number (up to a hundred thousand digits) is never produced.
        if (magnitude < 1e-28)
        {
            return (0m, null);
        }

        return decimal.TryParse(number.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? (d, null)
            : (null, $"{Show(value, sensitive)} does not fit a decimal");
    }

    private static (List<object?>? Items, string? Error) ReadElements(HclValue collection, ModelValueConverter elementConverter, bool sensitive)
    {
        var items = new List<object?>();
        var index = 0;
        foreach (var element in collection.Elements)
        {
            var (item, error) = elementConverter.Read(element, sensitive);
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
