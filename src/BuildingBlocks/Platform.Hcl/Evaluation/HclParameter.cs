namespace Platform.Hcl.Evaluation;

/// <summary>
/// One parameter of an <see cref="HclFunction"/>. Arguments are converted to <see cref="Type"/> before the
/// function sees them. By default a null argument is an error, an unknown argument makes the result unknown
/// without calling the function, and marks are taken off the argument (deeply) and put on the result; the
/// Allow flags let a function handle those cases itself.
/// As in cty, "unknown" means the argument itself: a known list may still contain unknown elements, so a
/// function that looks inside collections checks <see cref="HclValue.IsWhollyKnown"/> where it matters
/// (e.g. <c>join</c> returns an unknown string when any element is unknown).
/// </summary>
public sealed record HclParameter(string Name, HclType Type)
{
    public bool AllowNull { get; init; }

    public bool AllowUnknown { get; init; }

    /// <summary>Receive arguments whose type is not known yet (the dynamic type) instead of returning an unknown.</summary>
    public bool AllowDynamicType { get; init; }

    public bool AllowMarked { get; init; }

    public string Description { get; init; } = "";
}
