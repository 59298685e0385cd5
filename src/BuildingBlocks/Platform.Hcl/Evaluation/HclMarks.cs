namespace Platform.Hcl.Evaluation;

/// <summary>Well-known value marks. Marks are plain strings; any component may define its own.</summary>
public static class HclMarks
{
    /// <summary>The value must not be shown (Terraform's <c>sensitive</c>); carried to every result computed from it.</summary>
    public const string Sensitive = "sensitive";

    /// <summary>The value must not be persisted (Terraform's <c>ephemeral</c>).</summary>
    public const string Ephemeral = "ephemeral";
}
