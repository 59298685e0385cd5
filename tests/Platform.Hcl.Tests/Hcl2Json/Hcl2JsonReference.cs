using Platform.Hcl.Tests.TestSupport;
using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Platform.Hcl.Tests.Hcl2Json;

/// <summary>What HashiCorp's parser made of one file: its hcl2json document, or its error message.</summary>
internal sealed record ReferenceOutcome(bool Ok, JsonNode? Json, string? Error);

/// <summary>
/// Runs tools/hcl2json-reference/reference.js (@cdktf/hcl2json, HashiCorp's hcl compiled to wasm) once over
/// every conformance file and keeps the answers for the whole test run. Without node or its node_modules
/// every test using it fails with the command to run: the differential test must never pass by not running.
/// </summary>
internal static class Hcl2JsonReference
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceOutcome>> Outcomes = new(RunAll);

    public static ReferenceOutcome For(string file) =>
        Outcomes.Value.TryGetValue(file, out var outcome)
            ? outcome
            : throw new InvalidOperationException($"reference.js gave no answer for {file}.");

    private static Dictionary<string, ReferenceOutcome> RunAll()
    {
        var toolFolder = Path.Combine(RepositoryLayout.RepositoryRoot, "tools", "hcl2json-reference");
        var script = Path.Combine(toolFolder, "reference.js");
        if (!Directory.Exists(Path.Combine(toolFolder, "node_modules", "@cdktf", "hcl2json")))
        {
            throw new InvalidOperationException(
                $"@cdktf/hcl2json is not installed in {toolFolder}. Run ./test.sh, or `npm ci` in tools/hcl2json-reference.");
        }

        var files = ConformanceCorpus.Files();
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = toolFolder,
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot run node ({e.Message}). Install Node.js 20+ (./test.sh does), then `npm ci` in tools/hcl2json-reference.", e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            foreach (var file in files)
            {
                process.StandardInput.WriteLine(ConformanceCorpus.FullPath(file));
            }

            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"reference.js did not finish within {Timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"reference.js failed (exit {process.ExitCode}): {stderr.Result}");
            }

            var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length != files.Count)
            {
                throw new InvalidOperationException($"reference.js answered {lines.Length} of {files.Count} files. stderr: {stderr.Result}");
            }

            // Lines come back in input order, one per file.
            var outcomes = new Dictionary<string, ReferenceOutcome>(StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
            {
                var line = JsonNode.Parse(lines[i])!.AsObject();
                var ok = line["ok"]!.GetValue<bool>();
                outcomes[files[i]] = new ReferenceOutcome(ok, ok ? line["json"] : null, ok ? null : line["error"]!.GetValue<string>());
            }

            return outcomes;
        }
    }
}
