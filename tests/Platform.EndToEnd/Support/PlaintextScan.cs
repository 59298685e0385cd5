using System.Text;

namespace Platform.EndToEnd.Support;

/// <summary>
/// Looks for known marker strings in files at rest (database, WAL, AOF, dump, logs), as raw bytes in UTF-8 and
/// UTF-16: whatever encoding a careless serializer would pick. A hit names the file and the marker.
/// </summary>
public static class PlaintextScan
{
    public static IReadOnlyList<string> Find(IEnumerable<string> files, IReadOnlyCollection<string> markers)
    {
        var patterns = markers
            .SelectMany(marker => new[] { (marker, Encoding.UTF8.GetBytes(marker)), (marker, Encoding.Unicode.GetBytes(marker)) })
            .ToList();
        var hits = new List<string>();
        foreach (var file in files.Distinct())
        {
            var bytes = ReadShared(file);
            foreach (var (marker, pattern) in patterns)
            {
                if (bytes.AsSpan().IndexOf(pattern) >= 0)
                {
                    hits.Add($"{file}: {marker}");
                }
            }
        }

        return hits.Distinct().ToList();
    }

    /// <summary>Every file under <paramref name="directory"/> (a live server may add and remove files as we look).</summary>
    public static IEnumerable<string> FilesUnder(string directory) =>
        Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToList() : [];

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
