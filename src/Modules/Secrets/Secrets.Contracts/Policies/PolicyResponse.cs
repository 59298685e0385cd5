namespace Platform.Secrets.Contracts.Policies;

/// <summary>A stored policy: its normalised name and its text exactly as written (empty for <c>root</c>).</summary>
public sealed record PolicyResponse(string Name, string Text);
