namespace Platform.Hcl.Tests.Functions;

/// <summary>A clock that always says the same instant, so timestamp() is testable.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
