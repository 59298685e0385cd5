using Platform.Hcl.Decoding;

namespace Platform.Hcl.Json.Syntax;

/// <summary>Reads a JSON string as the native-syntax template it stands for in full-expression mode.</summary>
internal static class JsonTemplate
{
    public static IReadOnlyList<HclTraversal> Variables(JsonStringSyntax value) => [];
}
