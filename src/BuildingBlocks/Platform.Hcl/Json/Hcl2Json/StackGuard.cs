using System.Runtime.CompilerServices;
using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Json.Hcl2Json;

/// <summary>
/// Stops the recursive conversion before the thread's stack runs out: the parser accepts nesting deep enough
/// to exhaust a small thread stack here, and a stack overflow kills the process. Reports one error, then
/// every later check fails fast so the conversion unwinds.
/// </summary>
internal sealed class StackGuard(DiagnosticBag diagnostics)
{
    public bool Exhausted { get; private set; }

    public bool HasRoom(SourceRange where)
    {
        if (!Exhausted && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return true;
        }

        if (!Exhausted)
        {
            Exhausted = true;
            diagnostics.Error(
                "Too deeply nested for JSON",
                "The blocks or expressions here nest too deeply to convert on this thread's stack. Flatten the nesting.",
                where);
        }

        return false;
    }
}
