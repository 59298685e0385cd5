using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Kernel.Storage;

namespace Platform.Host.Config;

/// <summary>
/// <c>storage "sqlite" { path = "DIR" }</c> (a folder, created when missing, holding <c>platform.db</c> and its WAL)
/// or <c>storage "redis" { address = "host:port" }</c>. A relative path is taken from the working directory, as
/// Vault does.
/// </summary>
internal static class StorageSection
{
    public const string DatabaseFileName = "platform.db";

    private static readonly string[] Types = ["sqlite", "redis"];

    public static StorageSettings? Read(HclBlockItem block, List<Diagnostic> diagnostics)
    {
        var type = block.Labels[0];
        switch (type)
        {
            case "sqlite":
            {
                var path = RequiredString(block, "path", diagnostics);
                return path is null ? null : new StorageSettings { Kind = StorageKind.Sqlite, SqlitePath = Path.Combine(Path.GetFullPath(path), DatabaseFileName) };
            }

            case "redis":
            {
                var address = RequiredString(block, "address", diagnostics);
                return address is null ? null : new StorageSettings { Kind = StorageKind.Redis, RedisAddress = address };
            }

            default:
                diagnostics.Add(Diagnostic.Error(
                    "Unsupported storage type",
                    $"The storage type \"{type}\" is not supported; use \"sqlite\" or \"redis\".{NameSuggestion.Suffix(type, Types)}",
                    block.LabelRanges[0],
                    block.DefRange));
                return null;
        }
    }

    private static string? RequiredString(HclBlockItem block, string name, List<Diagnostic> diagnostics)
    {
        var (content, contentDiagnostics) = block.Body.Content(new BodySchema([new AttributeSchema(name, Required: true)], []));
        diagnostics.AddRange(contentDiagnostics);
        if (!content.Attributes.TryGetValue(name, out var attribute) || ConfigValueReader.String(attribute, diagnostics) is not { } value)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(ConfigValueReader.Invalid(attribute, $"\"{name}\" of storage \"{block.Labels[0]}\" must not be empty."));
            return null;
        }

        return value;
    }
}
