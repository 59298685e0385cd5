using System.Security.Cryptography;
using System.Text;
using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>Terraform's hash and UUID functions; the file* variants hash a file's bytes.</summary>
internal static class HashFunctions
{
    private static readonly Dictionary<string, Guid> Namespaces = new(StringComparer.Ordinal)
    {
        ["dns"] = Guid.Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
        ["url"] = Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
        ["oid"] = Guid.Parse("6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
        ["x500"] = Guid.Parse("6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
    };

    public static IEnumerable<KeyValuePair<string, HclFunction>> All(ConfigurationFiles files)
    {
        var hashes = new (string Name, Func<byte[], byte[]> Hash)[]
        {
            ("md5", MD5.HashData), ("sha1", SHA1.HashData), ("sha256", SHA256.HashData), ("sha512", SHA512.HashData),
        };
        foreach (var (name, hash) in hashes)
        {
            yield return new(name, StringToString(s => Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(s)))));
            yield return new("file" + name, Define([Param("path", HclType.String)], HclType.String, a => Str(Convert.ToHexStringLower(hash(files.ReadBytes(a[0].AsString()))))));
        }

        yield return new("base64sha256", StringToString(s => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))));
        yield return new("base64sha512", StringToString(s => Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes(s)))));
        yield return new("filebase64sha256", Define([Param("path", HclType.String)], HclType.String, a => Str(Convert.ToBase64String(SHA256.HashData(files.ReadBytes(a[0].AsString()))))));
        yield return new("filebase64sha512", Define([Param("path", HclType.String)], HclType.String, a => Str(Convert.ToBase64String(SHA512.HashData(files.ReadBytes(a[0].AsString()))))));
        yield return new("uuid", Define([], HclType.String, _ => Str(Guid.NewGuid().ToString())));
        yield return new("uuidv5", Define([Param("namespace", HclType.String), Param("name", HclType.String)], HclType.String, UuidV5));
        yield return new("bcrypt", Define([Param("str", HclType.String)], HclType.String, BcryptHash, Param("cost", HclType.Number)));
    }

    private static HclValue UuidV5(IReadOnlyList<HclValue> args)
    {
        var text = args[0].AsString();
        if (!Namespaces.TryGetValue(text, out var space) && !Guid.TryParse(text, out space))
        {
            throw new FunctionCallException($"uuidv5() doesn't support namespace {text} (invalid UUID length: {text.Length})");
        }

        var data = space.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(args[1].AsString())).ToArray();
        var hash = SHA1.HashData(data).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return Str(new Guid(hash, bigEndian: true).ToString());
    }

    private static HclValue BcryptHash(IReadOnlyList<HclValue> args)
    {
        if (args.Count > 2)
        {
            throw new FunctionCallException(2, "bcrypt() takes no more than two arguments");
        }

        // Go's bcrypt.GenerateFromPassword quietly uses its default cost (10) for any cost below 4, so
        // Terraform's bcrypt("x", 0) succeeds; only costs above 31 fail.
        const int defaultCost = 10;
        var cost = args.Count == 2 ? WholeNumber(args[1], 1, "cost") : defaultCost;
        if (cost < 4)
        {
            cost = defaultCost;
        }

        try
        {
            return Str(Bcrypt.Hash(args[0].AsString(), cost));
        }
        catch (ArgumentException e)
        {
            throw new FunctionCallException($"error occurred generating password {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }
}
