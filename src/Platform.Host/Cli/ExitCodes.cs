namespace Platform.Host.Cli;

/// <summary>Exit codes shared by every command, as the users of HashiCorp's CLIs expect them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Error = 1;
    public const int Usage = 2;

    /// <summary><c>terraform fmt -check</c> exits 3 when some input is not canonically formatted.</summary>
    public const int NotFormatted = 3;
}
