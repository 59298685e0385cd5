namespace Platform.Hcl.Decoding.Typed;

/// <summary>
/// Receives whatever the other properties did not claim, as an <c>IHclBody</c>, instead of those items being
/// reported as unsupported. Used to decode a body in layers (generic settings here, plugin settings later).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HclRemainAttribute : Attribute;
