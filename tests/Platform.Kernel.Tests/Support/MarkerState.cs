namespace Platform.Kernel.Tests.Support;

[GenerateSerializer, Alias("Platform.Kernel.Tests.MarkerState")]
public sealed class MarkerState
{
    [Id(0)]
    public string? Value { get; set; }
}
