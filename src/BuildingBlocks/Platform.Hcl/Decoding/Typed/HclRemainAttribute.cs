namespace Platform.Hcl.Decoding.Typed;

/// <summary>
/// Receives whatever the other properties did not claim instead of those items being reported as unsupported:
/// as an <c>IHclBody</c> (to decode in layers: generic settings here, plugin settings later), or as an
/// <c>IReadOnlyDictionary&lt;string, HclAttributeItem&gt;</c> of free-form attributes (leftover blocks are then errors).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HclRemainAttribute : Attribute;
