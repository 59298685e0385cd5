namespace Platform.Hcl.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}
