using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// A secret's path within its mount (<c>team/app/db</c>) split for the listing index: the folder it is listed in
/// (<c>team/app/</c>, "" at the top) and its name there (<c>db</c>). Folders are listed in their parent as
/// <c>name/</c>, as Vault's LIST shows them.
/// </summary>
public readonly record struct KvKeyPath(string Folder, string Name)
{
    public static KvKeyPath Parse(string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            throw new ValidationException($"invalid secret path \"{path}\": a secret's path cannot be empty or end with '/'");
        }

        if (path.StartsWith('/') || path.Contains("//", StringComparison.Ordinal))
        {
            throw new ValidationException($"invalid secret path \"{path}\": empty path segments are not allowed");
        }

        var slash = path.LastIndexOf('/');
        return slash < 0 ? new KvKeyPath("", path) : new KvKeyPath(path[..(slash + 1)], path[(slash + 1)..]);
    }

    /// <summary>The folder holding <paramref name="folder"/> (ending in '/') and the entry naming it there, or null for the top.</summary>
    public static (string Parent, string Entry)? ParentOf(string folder)
    {
        if (folder.Length == 0)
        {
            return null;
        }

        var inner = folder[..^1];
        var slash = inner.LastIndexOf('/');
        return slash < 0 ? ("", folder) : (inner[..(slash + 1)], inner[(slash + 1)..] + "/");
    }
}
