namespace Platform.Host.Cli.Login;

/// <summary>
/// Writes the token <c>platform login</c> obtained where later commands read it (Vault's default token helper,
/// <c>~/.vault-token</c>, here <c>~/.platform-token</c>): owner read/write only, replaced atomically so a reader
/// never sees half a token.
/// </summary>
internal static class TokenFileStore
{
    public static void Store(string path, string token)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(token);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
