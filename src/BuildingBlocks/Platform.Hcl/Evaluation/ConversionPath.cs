namespace Platform.Hcl.Evaluation;

/// <summary>Where inside a value a conversion is working, rendered as cty paths are (<c>[0].name["k"]</c>).</summary>
internal sealed class ConversionPath
{
    public static readonly ConversionPath Root = new(null, "");

    private readonly ConversionPath? _parent;
    private readonly string _step;

    private ConversionPath(ConversionPath? parent, string step)
    {
        _parent = parent;
        _step = step;
    }

    public ConversionPath Index(int index) => new(this, $"[{index}]");

    public ConversionPath Key(string key) => new(this, $"[\"{key}\"]");

    public ConversionPath Attribute(string name) => new(this, "." + name);

    public HclConversionException Error(string reason) => new(ToString(), reason);

    public override string ToString() => _parent is null ? _step : _parent + _step;
}
