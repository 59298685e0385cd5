using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Attribute = Platform.Hcl.Syntax.Attribute;

namespace Platform.Hcl.Parsing;

internal sealed partial class HclSyntaxParser
{
    /// <summary>The items of one body being parsed: keeps source order and the first of each attribute name.</summary>
    private sealed class BodyScope(HclSyntaxParser parser, SourceRange start)
    {
        private readonly List<BodyItem> _items = [];
        private Dictionary<string, Attribute>? _attributes;

        public SourceRange Start => start;

        public bool Add(BodyItem? item)
        {
            if (item is Attribute attribute)
            {
                _attributes ??= new Dictionary<string, Attribute>(StringComparer.Ordinal);
                if (_attributes.TryGetValue(attribute.Name, out var existing))
                {
                    parser.Error(
                        "Attribute redefined",
                        $"The argument \"{attribute.Name}\" was already set at {existing.NameRange}. Each argument may be set only once.",
                        attribute.NameRange,
                        existing.NameRange);
                    return true;
                }
                _attributes.Add(attribute.Name, attribute);
            }
            if (item is not null) _items.Add(item);
            return true;
        }

        public Body Build(SourceRange end) =>
            new(_items.ToArray(), parser.Between(start, end), new SourceRange(parser._filename, end.End, end.End));
    }
}
