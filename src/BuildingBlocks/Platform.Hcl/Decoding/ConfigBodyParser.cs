using Platform.Hcl.Decoding.Native;
using Platform.Hcl.Json.Syntax;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Decoding;

/// <summary>
/// Parses a configuration file in whichever syntax its name says, as HashiCorp's tools decide: a name ending in
/// <c>.json</c> (<c>main.tf.json</c>, <c>job.hcl.json</c>) is the JSON syntax, anything else the native syntax.
/// The body is returned even when there are errors (partial), so callers can still report what they can.
/// </summary>
public static class ConfigBodyParser
{
    public static ParseResult<IHclBody> Parse(string text, string filename)
    {
        if (filename.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var json = HclJsonParser.Parse(text, filename);
            return new ParseResult<IHclBody>(json.Value.Body, json.Diagnostics);
        }

        var native = HclParser.ParseConfig(text, filename);
        return new ParseResult<IHclBody>(new NativeBody(native.Value.Body), native.Diagnostics);
    }
}
