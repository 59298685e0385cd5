using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Platform.Hcl.Evaluation;

public sealed partial class HclValue : IEquatable<HclValue>
{
    /// <summary>Exact structural equality (cty's RawEquals): same type, same known/null state, same marks, same content.</summary>
    public bool Equals([NotNullWhen(true)] HclValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || !Type.Equals(other.Type) || IsNull != other.IsNull || IsKnown != other.IsKnown || !Marks.SetEquals(other.Marks))
        {
            return false;
        }

        return (_payload, other._payload) switch
        {
            (ImmutableArray<HclValue> a, ImmutableArray<HclValue> b) => a.Length == b.Length && a.Zip(b).All(p => p.First.Equals(p.Second)),
            (ImmutableSortedDictionary<string, HclValue> a, ImmutableSortedDictionary<string, HclValue> b) =>
                a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && e.Value.Equals(v)),
            (var a, var b) => Equals(a, b),
        };
    }

    public override bool Equals(object? obj) => Equals(obj as HclValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type);
        hash.Add(IsNull);
        hash.Add(IsKnown);
        switch (_payload)
        {
            case ImmutableArray<HclValue> items:
                foreach (var item in items)
                {
                    hash.Add(item);
                }

                break;
            case ImmutableSortedDictionary<string, HclValue> entries:
                foreach (var (key, value) in entries)
                {
                    hash.Add(key, StringComparer.Ordinal);
                    hash.Add(value);
                }

                break;
            case string or HclNumber or bool:
                hash.Add(_payload);
                break;
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// The HCL <c>==</c> operator (cty's Value.Equals): a bool, or an unknown bool when an unknown operand
    /// could still decide it. Values of different types are never equal; nulls of any type are equal to each
    /// other. The result carries both operands' marks.
    /// </summary>
    public HclValue EqualTo(HclValue other)
    {
        if (IsMarked || other.IsMarked)
        {
            var marks = Marks.Union(other.Marks);
            return Unmark().Value.EqualTo(other.Unmark().Value).WithMarks(marks);
        }

        var unknown = Unknown(HclType.Bool);
        if (!IsKnown || !other.IsKnown)
        {
            if (!IsKnown && !other.IsKnown)
            {
                return unknown;
            }

            var (known, pending) = IsKnown ? (this, other) : (other, this);
            if (known.IsNull || pending.Type.HasDynamicTypes)
            {
                return unknown;
            }

            return known.Type.Equals(pending.Type) ? unknown : False;
        }

        if (IsNull || other.IsNull)
        {
            return FromBool(IsNull && other.IsNull);
        }

        if (!HasWhollyKnownType || !other.HasWhollyKnownType)
        {
            var compatible = HclConversion.TestConformance(Type, other.Type) is null
                || HclConversion.TestConformance(other.Type, Type) is null;
            return compatible ? unknown : False;
        }

        if (!Type.Equals(other.Type))
        {
            return False;
        }

        switch (Type.Kind)
        {
            case HclTypeKind.Number:
                return FromBool(AsNumber().Equals(other.AsNumber()));
            case HclTypeKind.String:
                return FromBool(string.Equals(AsString(), other.AsString(), StringComparison.Ordinal));
            case HclTypeKind.Bool:
                return FromBool(AsBool() == other.AsBool());
            case HclTypeKind.List or HclTypeKind.Tuple:
                return Elements.Length != other.Elements.Length ? False : AllEqual(Elements.Zip(other.Elements));
            case HclTypeKind.Map or HclTypeKind.Object:
                if (Entries.Count != other.Entries.Count || Entries.Keys.Any(k => !other.Entries.ContainsKey(k)))
                {
                    return False;
                }

                return AllEqual(Entries.Select(e => (e.Value, other.Entries[e.Key])));
            case HclTypeKind.Set:
                if (Elements.Any(e => !e.IsKnown) || other.Elements.Any(e => !e.IsKnown))
                {
                    return unknown;
                }

                return FromBool(Elements.Length == other.Elements.Length && Elements.All(e => other.Elements.Contains(e)));
            default:
                return unknown;
        }
    }

    /// <summary>True when no part of this value is an unknown of dynamic type (so its full type is settled).</summary>
    public bool HasWhollyKnownType
    {
        get
        {
            if (IsNull)
            {
                return true;
            }

            if (Type.IsDynamic)
            {
                return false;
            }

            return _payload switch
            {
                ImmutableArray<HclValue> items => items.All(i => i.HasWhollyKnownType),
                ImmutableSortedDictionary<string, HclValue> entries => entries.Values.All(v => v.HasWhollyKnownType),
                _ => true,
            };
        }
    }

    /// <summary>True when this value and everything inside it is known (nulls count as known).</summary>
    public bool IsWhollyKnown
    {
        get
        {
            if (!IsKnown)
            {
                return false;
            }

            return _payload switch
            {
                ImmutableArray<HclValue> items => items.All(i => i.IsWhollyKnown),
                ImmutableSortedDictionary<string, HclValue> entries => entries.Values.All(v => v.IsWhollyKnown),
                _ => true,
            };
        }
    }

    /// <summary>A readable rendering for messages and test output, in HCL-like syntax (not a wire format).</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder);
        return builder.ToString();
    }

    private static HclValue AllEqual(IEnumerable<(HclValue First, HclValue Second)> pairs)
    {
        foreach (var (first, second) in pairs)
        {
            var equal = first.EqualTo(second);
            if (!equal.IsKnown)
            {
                return Unknown(HclType.Bool);
            }

            if (!equal.AsBool())
            {
                return False;
            }
        }

        return True;
    }

    private void Write(StringBuilder builder)
    {
        if (IsNull)
        {
            builder.Append("null");
        }
        else if (!IsKnown)
        {
            builder.Append("(unknown ").Append(Type.FriendlyName).Append(')');
        }
        else
        {
            switch (_payload)
            {
                case string s:
                    builder.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                    break;
                case HclNumber n:
                    builder.Append(n.ToString());
                    break;
                case bool b:
                    builder.Append(b ? "true" : "false");
                    break;
                case ImmutableArray<HclValue> items:
                    builder.Append(Type.IsSet ? "toset([" : "[");
                    for (var i = 0; i < items.Length; i++)
                    {
                        builder.Append(i > 0 ? ", " : "");
                        items[i].Write(builder);
                    }

                    builder.Append(Type.IsSet ? "])" : "]");
                    break;
                case ImmutableSortedDictionary<string, HclValue> entries:
                    builder.Append('{');
                    var first = true;
                    foreach (var (key, value) in entries)
                    {
                        builder.Append(first ? "" : ", ").Append('"').Append(key).Append("\" = ");
                        first = false;
                        value.Write(builder);
                    }

                    builder.Append('}');
                    break;
                default:
                    builder.Append(Convert.ToString(_payload, CultureInfo.InvariantCulture));
                    break;
            }
        }

        if (IsMarked)
        {
            builder.Append(" (").Append(string.Join(", ", Marks.Order(StringComparer.Ordinal))).Append(')');
        }
    }
}
