using System.Security.Cryptography;
using System.Text;
using Orleans.Runtime;

namespace Platform.Kernel.Storage.Barrier;

/// <summary>
/// The name a grain state is stored under: SHA-256 of state name, grain type and grain key, so policy names, job ids
/// and other identifiers carried in grain keys never appear at rest. The parts are joined with NUL bytes (absent from
/// state names and grain types) and the key goes last, so no two states share an input.
/// </summary>
public static class GrainStateKey
{
    public static byte[] Hash(string stateName, GrainId grainId)
    {
        var type = grainId.Type.AsSpan();
        var key = grainId.Key.AsSpan();
        var nameLength = Encoding.UTF8.GetByteCount(stateName);
        var input = new byte[nameLength + 1 + type.Length + 1 + key.Length];
        Encoding.UTF8.GetBytes(stateName, input);
        type.CopyTo(input.AsSpan(nameLength + 1));
        key.CopyTo(input.AsSpan(nameLength + 1 + type.Length + 1));
        return SHA256.HashData(input);
    }

    public static string HashHex(string stateName, GrainId grainId) => Convert.ToHexStringLower(Hash(stateName, grainId));
}
