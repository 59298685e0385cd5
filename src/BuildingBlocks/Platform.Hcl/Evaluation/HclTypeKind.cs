namespace Platform.Hcl.Evaluation;

/// <summary>The shape of an <see cref="HclType"/>.</summary>
public enum HclTypeKind
{
    /// <summary>The dynamic pseudo-type (<c>any</c>): "not known yet" for values, "anything" for constraints.</summary>
    Dynamic,
    String,
    Number,
    Bool,
    List,
    Set,
    Map,
    Tuple,
    Object,
}
