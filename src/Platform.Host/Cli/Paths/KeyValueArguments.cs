using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Host.Cli.Paths;

/// <summary>
/// The <c>key=value</c> arguments of <c>platform write</c> and <c>platform kv put</c>, read as the Vault CLI reads
/// them: a value <c>@FILE</c> is the file's contents, a value <c>-</c> is standard input, a lone <c>-</c> argument is
/// a JSON object on standard input, and a key given twice collects its values into a list. Values stay strings (the
/// server converts them), except what arrives as JSON.
/// </summary>
internal static class KeyValueArguments
{
    public static JsonObject Parse(IReadOnlyList<string> arguments, TextReader input)
    {
        if (arguments is ["-"])
        {
            var text = input.ReadToEnd();
            try
            {
                return JsonNode.Parse(text) as JsonObject
                    ?? throw new FormatException("standard input must hold a JSON object");
            }
            catch (JsonException exception)
            {
                throw new FormatException($"failed to parse JSON from standard input: {exception.Message}");
            }
        }

        var data = new JsonObject();
        var stdinUsed = false;
        foreach (var argument in arguments)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"invalid key/value pair \"{argument}\": format must be key=value");
            }

            var key = argument[..equals];
            var value = argument[(equals + 1)..];
            if (value == "-")
            {
                if (stdinUsed)
                {
                    throw new FormatException("standard input can be read only once");
                }

                stdinUsed = true;
                value = input.ReadToEnd();
            }
            else if (value.StartsWith('@'))
            {
                var path = value[1..];
                value = File.Exists(path) ? File.ReadAllText(path) : throw new FormatException($"error reading file {path}: no such file");
            }

            data[key] = data[key] switch
            {
                null => value,
                JsonArray list => Append(list, value),
                var single => new JsonArray(single.DeepClone(), value),
            };
        }

        return data;
    }

    private static JsonArray Append(JsonArray list, string value)
    {
        var copy = (JsonArray)list.DeepClone();
        copy.Add(value);
        return copy;
    }
}
