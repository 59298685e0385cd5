using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>What every spec sees while decoding one body: the enclosing block's labels, the evaluation context, the diagnostics sink.</summary>
internal sealed record SpecDecodeScope(IReadOnlyList<string> BlockLabels, EvalContext? Context, List<Diagnostic> Diagnostics);
