namespace Platform.Hcl.Decoding;

/// <summary>An attribute a body may (or, when Required, must) define.</summary>
public sealed record AttributeSchema(string Name, bool Required = false);
