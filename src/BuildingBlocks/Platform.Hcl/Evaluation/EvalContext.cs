namespace Platform.Hcl.Evaluation;

/// <summary>
/// What names mean while evaluating: variables and functions, with an optional parent. A child scope (made by
/// <see cref="NewChild"/> for <c>for</c> variables and template <c>%{for}</c>) sees its parent's names unless it
/// defines the same name itself. Build a context, then treat it as read-only while evaluating.
/// </summary>
public sealed class EvalContext
{
    public EvalContext(EvalContext? parent = null)
    {
        Parent = parent;
    }

    public EvalContext? Parent { get; }

    public Dictionary<string, HclValue> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HclFunction> Functions { get; } = new(StringComparer.Ordinal);

    public EvalContext NewChild() => new(this);

    /// <summary>Sets a variable in this scope and returns the context, for fluent set-up.</summary>
    public EvalContext WithVariable(string name, HclValue value)
    {
        Variables[name] = value;
        return this;
    }

    public EvalContext WithFunction(string name, HclFunction function)
    {
        Functions[name] = function;
        return this;
    }

    public bool TryGetVariable(string name, out HclValue value)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Variables.TryGetValue(name, out value!))
            {
                return true;
            }
        }

        value = HclValue.DynamicNull;
        return false;
    }

    public bool TryGetFunction(string name, out HclFunction function)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.Functions.TryGetValue(name, out function!))
            {
                return true;
            }
        }

        function = null!;
        return false;
    }

    /// <summary>Every variable name visible from this scope (for "did you mean" suggestions).</summary>
    public IEnumerable<string> VisibleVariableNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            names.UnionWith(scope.Variables.Keys);
        }

        return names;
    }

    /// <summary>Every function name visible from this scope.</summary>
    public IEnumerable<string> VisibleFunctionNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            names.UnionWith(scope.Functions.Keys);
        }

        return names;
    }

    /// <summary>True when this context or a parent defines any variable (otherwise variables are "not allowed" here).</summary>
    public bool HasVariables
    {
        get
        {
            for (var scope = this; scope is not null; scope = scope.Parent)
            {
                if (scope.Variables.Count > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>True when this context or a parent defines any function (otherwise function calls are "not allowed" here).</summary>
    public bool HasFunctions
    {
        get
        {
            for (var scope = this; scope is not null; scope = scope.Parent)
            {
                if (scope.Functions.Count > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
