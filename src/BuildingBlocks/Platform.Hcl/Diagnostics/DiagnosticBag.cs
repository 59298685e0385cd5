using System.Collections;

namespace Platform.Hcl.Diagnostics;

/// <summary>An ordered collection of diagnostics gathered while working through a source.</summary>
public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public Diagnostic this[int index] => _items[index];

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string summary, string detail, SourceRange? subject = null, SourceRange? context = null) =>
        _items.Add(Diagnostic.Error(summary, detail, subject, context));

    public void Warning(string summary, string detail, SourceRange? subject = null, SourceRange? context = null) =>
        _items.Add(Diagnostic.Warning(summary, detail, subject, context));

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
