using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Attribute = Platform.Hcl.Syntax.Attribute;

namespace Platform.Hcl.Parsing;

internal sealed partial class HclSyntaxParser
{
    /// <summary>The items of one body being parsed: keeps source order and the first of each attribute name.</summary>
    private sealed class BodyScope(HclSyntaxParser parser, SourceRange start)
    {
        /// <summary>Past this many attributes, names are looked up in a dictionary rather than by scanning the items.</summary>
        private const int LinearLookupLimit = 8;

        private readonly List<BodyItem> _items = [];
        private int _attributeCount;
        private Dictionary<string, Attribute>? _attributes;

        public SourceRange Start => start;

        public bool Add(BodyItem? item)
        {
            if (item is Attribute attribute)
            {
                if (FindAttribute(attribute.Name) is { } existing)
                {
                    parser.Error(
                        "Attribute redefined",
                        $"The argument \"{attribute.Name}\" was already set at {existing.NameRange}. Each argument may be set only once.",
                        attribute.NameRange,
                        existing.NameRange);
                    return true;
                }
                _attributeCount++;
                if (_attributes is not null)
                {
                    _attributes.Add(attribute.Name, attribute);
                }
                else if (_attributeCount > LinearLookupLimit)
                {
                    _attributes = new Dictionary<string, Attribute>(StringComparer.Ordinal) { [attribute.Name] = attribute };
                    foreach (var earlier in _items)
                    {
                        if (earlier is Attribute a) _attributes.Add(a.Name, a);
                    }
                }
            }
            if (item is not null) _items.Add(item);
            return true;
        }

        /// <summary>
        /// The attribute already set under <paramref name="name"/>. Most bodies have a handful of attributes, so
        /// a scan of the items is cheaper than a dictionary per body; large bodies get the dictionary.
        /// </summary>
        private Attribute? FindAttribute(string name)
        {
            if (_attributes is not null) return _attributes.GetValueOrDefault(name);
            foreach (var item in _items)
            {
                if (item is Attribute a && string.Equals(a.Name, name, StringComparison.Ordinal)) return a;
            }
            return null;
        }

        public Body Build(SourceRange end) =>
            new(_items.ToArray(), parser.Between(start, end), new SourceRange(parser._filename, end.End, end.End));
    }
}
