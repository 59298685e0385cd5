namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// How the filesystem functions find files: relative paths against the configuration's base directory and
/// <c>~</c> as the user's home, as Terraform's functions do. Failures are function errors with Terraform's text.
/// When <paramref name="confined"/>, every path (after <c>..</c>, <c>~</c> and symbolic links are resolved) must
/// stay inside the base directory: a server evaluating a configuration it was sent must not let <c>file()</c>
/// read its own disk.
/// </summary>
internal sealed class ConfigurationFiles(string baseDirectory, bool confined)
{
    public string BaseDirectory { get; } = Path.GetFullPath(baseDirectory);

    public static string ExpandHome(string path)
    {
        if (path.Length == 0 || path[0] != '~')
        {
            return path;
        }

        if (path.Length > 1 && path[1] != '/' && path[1] != '\\')
        {
            throw new FunctionCallException(0, "cannot expand user-specific home dir");
        }

        var home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home + path[1..];
    }

    public string Resolve(string path)
    {
        var expanded = ExpandHome(path);
        var resolved = Path.IsPathRooted(expanded) ? expanded : Path.Combine(BaseDirectory, expanded);
        if (confined && !IsInsideBase(resolved))
        {
            throw new FunctionCallException(0, $"\"{path}\" is outside the configuration directory; only files distributed with the configuration can be read");
        }

        return resolved;
    }

    private bool IsInsideBase(string path)
    {
        var full = Path.GetFullPath(path);
        return IsUnderBase(full) && IsUnderBase(WithLinksResolved(full));
    }

    /// <summary>The path with every symbolic link along it followed (like realpath), so a link cannot lead outside.</summary>
    private static string WithLinksResolved(string full)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            FileSystemInfo entry = Directory.Exists(resolved) ? new DirectoryInfo(resolved) : new FileInfo(resolved);
            if (entry.LinkTarget is not null)
            {
                resolved = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? resolved;
            }
        }

        return Path.GetFullPath(resolved);
    }

    private bool IsUnderBase(string full) =>
        full == BaseDirectory || full.StartsWith(BaseDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public byte[] ReadBytes(string path)
    {
        var full = Resolve(path);
        if (Directory.Exists(full))
        {
            throw new FunctionCallException(0, $"failed to read file: read {full}: is a directory");
        }

        if (!File.Exists(full))
        {
            throw new FunctionCallException(0, $"no file exists at \"{path}\"; this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource");
        }

        try
        {
            return File.ReadAllBytes(full);
        }
        catch (IOException e)
        {
            throw new FunctionCallException(0, $"failed to read file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new FunctionCallException(0, $"failed to read file: {e.Message}");
        }
    }

    public string ReadText(string path) =>
        StrictUtf8.Decode(ReadBytes(path)) ?? throw new FunctionCallException(
            $"contents of \"{path}\" are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead");
}
