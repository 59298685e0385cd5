namespace Platform.Secrets.Grains.Auth;

[GenerateSerializer]
public sealed class AuthRecordState<TRecord>
    where TRecord : class
{
    [Id(0)] public TRecord? Record { get; set; }
}
