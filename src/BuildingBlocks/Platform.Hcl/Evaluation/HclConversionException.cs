namespace Platform.Hcl.Evaluation;

/// <summary>
/// A value could not be converted to the wanted type. <see cref="Reason"/> is cty's message ("a number is
/// required", "incorrect list element type: string required"); <see cref="Path"/> says where inside the
/// value, in cty's notation (<c>[1]</c>, <c>.name</c>, <c>["key"]</c>), empty for the value itself.
/// </summary>
public sealed class HclConversionException(string path, string reason)
    : Exception(path.Length == 0 ? reason : $"{path}: {reason}")
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
