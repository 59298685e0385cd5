namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// How the filesystem functions find files: relative paths against the configuration's base directory and
/// <c>~</c> as the user's home, as Terraform's functions do. Failures are function errors with Terraform's text.
/// </summary>
internal sealed class ConfigurationFiles(string baseDirectory)
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
        return Path.IsPathRooted(expanded) ? expanded : Path.Combine(BaseDirectory, expanded);
    }

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
