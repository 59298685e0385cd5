using System.Text;

namespace Platform.Kernel.Tests.Support;

/// <summary>Looks for marker strings in files at rest, as UTF-8 and as UTF-16 (either encoding would be a leak).</summary>
public static class MarkerScan
{
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, params string[] markers)
    {
        var found = new List<string>();
        foreach (var path in paths.Where(File.Exists))
        {
            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }

            foreach (var marker in markers)
            {
                if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(marker)) >= 0)
                {
                    found.Add($"{marker} in {path}");
                }
            }
        }

        return found;
    }
}
