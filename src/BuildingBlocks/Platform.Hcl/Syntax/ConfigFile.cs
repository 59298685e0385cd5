namespace Platform.Hcl.Syntax;

/// <summary>A parsed native-syntax file: its top-level body and the source it came from.</summary>
public sealed record ConfigFile(Body Body, SourceFile Source);
