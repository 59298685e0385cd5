using System.Net;
using System.Net.Sockets;
using System.Numerics;
using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's CIDR functions (go-cidr semantics): addresses are handled as big integers so IPv4 and IPv6
/// share one code path; a negative host number counts back from the end of the prefix.
/// </summary>
internal static class IpNetworkFunctions
{
    public static IEnumerable<KeyValuePair<string, HclFunction>> All()
    {
        yield return new("cidrhost", Define([Param("prefix", HclType.String), Param("hostnum", HclType.Number)], HclType.String, CidrHost));
        yield return new("cidrnetmask", Define([Param("prefix", HclType.String)], HclType.String, CidrNetmask));
        yield return new("cidrsubnet", Define([Param("prefix", HclType.String), Param("newbits", HclType.Number), Param("netnum", HclType.Number)], HclType.String, CidrSubnet));
        yield return new("cidrsubnets", Define([Param("prefix", HclType.String)], HclType.List(HclType.String), CidrSubnets, Param("newbits", HclType.Number)));
    }

    private static HclValue CidrHost(IReadOnlyList<HclValue> args)
    {
        var network = Network.Parse(args[0].AsString());
        var host = args[1].AsNumber();
        if (!host.IsInteger)
        {
            throw new FunctionCallException(1, "hostnum must be a whole number");
        }

        var number = host.Truncate();
        var size = BigInteger.One << (network.Bits - network.PrefixLength);
        if ((number >= 0 && number >= size) || (number < 0 && -number > size))
        {
            throw new FunctionCallException($"prefix of {network.PrefixLength} bits cannot accommodate a host numbered {number}");
        }

        var offset = number < 0 ? size + number : number;
        return Str(Network.Format(network.Start + offset, network.Bits));
    }

    private static HclValue CidrNetmask(IReadOnlyList<HclValue> args)
    {
        var network = Network.Parse(args[0].AsString());
        if (network.Bits != 32)
        {
            throw new FunctionCallException(0, "only IPv4 networks are supported");
        }

        var mask = ((BigInteger.One << network.PrefixLength) - 1) << (32 - network.PrefixLength);
        return Str(Network.Format(mask, 32));
    }

    private static HclValue CidrSubnet(IReadOnlyList<HclValue> args)
    {
        var network = Network.Parse(args[0].AsString());
        var newBits = WholeNumber(args[1], 1, "newbits");
        var netNumber = args[2].AsNumber();
        if (!netNumber.IsInteger)
        {
            throw new FunctionCallException(2, "netnum must be a whole number");
        }

        var netnum = netNumber.Truncate();
        var length = network.PrefixLength + newBits;
        if (newBits < 0 || length > network.Bits)
        {
            throw new FunctionCallException($"insufficient address space to extend prefix of {network.PrefixLength} by {newBits}");
        }

        if (netnum < 0 || netnum >= BigInteger.One << newBits)
        {
            throw new FunctionCallException($"prefix extension of {newBits} does not accommodate a subnet numbered {netnum}");
        }

        var start = network.Start | (netnum << (network.Bits - length));
        return Str($"{Network.Format(start, network.Bits)}/{length}");
    }

    private static HclValue CidrSubnets(IReadOnlyList<HclValue> args)
    {
        var network = Network.Parse(args[0].AsString());
        if (args.Count == 1)
        {
            return HclValue.EmptyList(HclType.String);
        }

        var results = new List<HclValue>();
        var networkEnd = network.Start + (BigInteger.One << (network.Bits - network.PrefixLength));

        // The next free address: each subnet starts at the first boundary of its size at or after it.
        var next = network.Start;
        for (var i = 1; i < args.Count; i++)
        {
            var newBits = WholeNumber(args[i], i, "newbits");
            var length = network.PrefixLength + newBits;
            if (newBits < 1)
            {
                throw new FunctionCallException(i, "must extend prefix by at least one bit");
            }

            if (length > network.Bits)
            {
                throw new FunctionCallException(i, $"would extend prefix to {length} bits, which is too long for an IPv{(network.Bits == 32 ? 4 : 6)} address");
            }

            var size = BigInteger.One << (network.Bits - length);
            var start = (next + size - 1) / size * size;
            if (start + size > networkEnd)
            {
                var previous = results.Count == 0 ? $"{Network.Format(network.Start, network.Bits)}/{network.PrefixLength}" : results[^1].AsString();
                throw new FunctionCallException(i, $"not enough remaining address space for a subnet with a prefix of {length} bits after {previous}");
            }

            results.Add(Str($"{Network.Format(start, network.Bits)}/{length}"));
            next = start + size;
        }

        return HclValue.List(HclType.String, results);
    }

    private readonly record struct Network(BigInteger Start, int PrefixLength, int Bits)
    {
        public static Network Parse(string text)
        {
            var slash = text.IndexOf('/');
            if (slash < 0 || !int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix)
                || !IPAddress.TryParse(text.AsSpan(0, slash), out var address)
                || (address.AddressFamily == AddressFamily.InterNetwork && !IsDottedDecimal(text[..slash])))
            {
                throw new FunctionCallException(0, $"invalid CIDR expression: invalid CIDR address: {text}");
            }

            var bits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
            if (prefix > bits)
            {
                throw new FunctionCallException(0, $"invalid CIDR expression: invalid CIDR address: {text}");
            }

            var bytes = bits == 32 ? text[..slash].Split('.').Select(p => byte.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : address.GetAddressBytes();
            var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
            var hostBits = bits - prefix;
            var start = value >> hostBits << hostBits;
            return new Network(start, prefix, bits);
        }

        // .NET also accepts "10.1", hex and octal parts; Terraform wants four decimal parts (leading zeros read
        // as decimal, as its IP parser has always done).
        private static bool IsDottedDecimal(string text)
        {
            var parts = text.Split('.');
            return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255);
        }

        public static string Format(BigInteger address, int bits)
        {
            var bytes = address.ToByteArray(isUnsigned: true, isBigEndian: true);
            var full = new byte[bits / 8];
            bytes.CopyTo(full, full.Length - bytes.Length);
            return new IPAddress(full).ToString();
        }
    }
}
