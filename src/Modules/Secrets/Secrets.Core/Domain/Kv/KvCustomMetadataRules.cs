using System.Globalization;
using System.Text;
using Platform.Kernel.Errors;

namespace Platform.Secrets.Domain.Kv;

/// <summary>
/// Vault's limits on a secret's custom_metadata (vault-plugin-secrets-kv validateCustomMetadata): at most 64 keys
/// (checked first, alone), every key and value 1 to 128 / 512 bytes and printable. All problems are reported in one
/// error, in the text of Go's multierror list ("1 error occurred:\n\t* …\n\n"), which is what clients print.
/// </summary>
public static class KvCustomMetadataRules
{
    public const int MaxKeys = 64;
    public const int MaxKeyBytes = 128;
    public const int MaxValueBytes = 512;
    private const string Prefix = "custom_metadata validation failed";

    public static void Validate(IReadOnlyDictionary<string, string> metadata)
    {
        var errors = new List<string>();
        if (metadata.Count > MaxKeys)
        {
            errors.Add($"{Prefix}: payload must contain at most {MaxKeys} keys, provided {metadata.Count}");
            throw Failure(errors);
        }

        foreach (var (key, value) in metadata)
        {
            var keyBytes = Encoding.UTF8.GetByteCount(key);
            if (keyBytes is 0 or > MaxKeyBytes)
            {
                errors.Add($"{Prefix}: length of key {GoQuote(key)} is {keyBytes} but must be 0 < len(key) <= {MaxKeyBytes}");
            }

            var valueBytes = Encoding.UTF8.GetByteCount(value);
            if (valueBytes is 0 or > MaxValueBytes)
            {
                errors.Add($"{Prefix}: length of value for key {GoQuote(key)} is {valueBytes} but must be 0 < len(value) <= {MaxValueBytes}");
            }

            if (!Printable(key))
            {
                errors.Add($"{Prefix}: key {GoQuote(key)} ({key}) contains unprintable characters");
            }

            if (!Printable(value))
            {
                errors.Add($"{Prefix}: value for key {GoQuote(key)} contains unprintable characters");
            }
        }

        if (errors.Count > 0)
        {
            throw Failure(errors);
        }
    }

    private static ValidationException Failure(List<string> errors) => new(errors.Count == 1
        ? $"1 error occurred:\n\t* {errors[0]}\n\n"
        : $"{errors.Count} errors occurred:\n\t{string.Join("\n\t", errors.Select(e => "* " + e))}\n\n");

    /// <summary>Go's unicode.IsPrint over every rune: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    private static bool Printable(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value != ' ' && !IsGraphic(rune))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsGraphic(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };

    /// <summary>Go's %q for the strings these messages name: quotes and backslashes escaped, unprintables as \x / \u.</summary>
    private static string GoQuote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            quoted.Append(rune.Value switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                ' ' => " ",
                < 0x80 when !IsGraphic(rune) => $"\\x{rune.Value:x2}",
                _ when !IsGraphic(rune) => rune.Value <= 0xFFFF ? $"\\u{rune.Value:x4}" : $"\\U{rune.Value:x8}",
                _ => rune.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
