using System.Text;
using CsCheck;
using Platform.Hcl.Formatting;
using Platform.Hcl.Parsing;

namespace Platform.Hcl.Tests.Formatting;

/// <summary>
/// The formatter over corpus files re-laid-out or damaged at random: blanks, newlines and tokens inserted,
/// runs deleted or duplicated. Whatever still parses must format idempotently, to the same syntax tree, with
/// only blanks changed; whatever does not parse must come back unchanged. Nothing may throw.
/// </summary>
public sealed class FormatterPropertyTests
{
    private static readonly string[] Texts = [.. FormattingCorpus.ParsingFiles.Select(FormattingCorpus.Read)];

    private static readonly string[] Fragments =
    [
        " ", "  ", "\t", "\n", "\r\n", " \n ", "\n\n", "# note\n", "// note\n", "/* note */", "/* two\nlines */",
        "-", "!", ",", "...", "::", ".", "=", "{", "}", "[", "]", "(", ")", "${", "~}", "<<EOT\n", "\nEOT\n", "in ", "x",
    ];

    private static readonly Gen<string> Mutated =
        from file in Gen.Int[0, Texts.Length - 1]
        from edits in Gen.Select(Gen.Double[0, 1], Gen.Int[0, Fragments.Length + 1], Gen.Int[1, 30]).Array[1, 6]
        select Apply(Texts[file], edits);

    private static string Apply(string text, (double Place, int Pick, int Length)[] edits)
    {
        var result = new StringBuilder(text);
        foreach (var (place, pick, length) in edits)
        {
            var at = (int)(place * result.Length);
            var run = Math.Min(length, result.Length - at);
            if (pick < Fragments.Length) result.Insert(at, Fragments[pick]);
            else if (pick == Fragments.Length) result.Remove(at, run);
            else result.Insert(at, result.ToString(at, run));
        }
        return result.ToString();
    }

    [Fact]
    public void Format_RandomlyEditedCorpusFiles_KeepsMeaningOrReturnsInputUnchanged()
    {
        var formattedCount = 0;
        Mutated.Sample(
            text =>
            {
                var result = HclFormatter.Format(text, "mutated.hcl");
                if (result.HasErrors)
                {
                    Assert.Same(text, result.Value);
                    return;
                }

                Interlocked.Increment(ref formattedCount);
                var formatted = result.Value;
                Assert.Equal(formatted, HclFormatter.Format(formatted, "mutated.hcl").Value);
                Assert.Equal(Blankless(text), Blankless(formatted));
                var after = HclParser.ParseConfig(formatted, "mutated.hcl");
                Assert.False(after.HasErrors, string.Join("\n", after.Diagnostics));
                Assert.Equal(SyntaxTreeText.Of(HclParser.ParseConfig(text, "mutated.hcl").Value), SyntaxTreeText.Of(after.Value));
            },
            iter: 3000);

        // The property must have been exercised on text that parses, not only on rejected input.
        Assert.True(formattedCount > 300, $"only {formattedCount} of the edited files parsed");
    }

    private static string Blankless(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\r')) kept.Append(c);
        }
        return kept.ToString();
    }
}
