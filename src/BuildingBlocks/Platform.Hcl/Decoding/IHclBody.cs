using Platform.Hcl.Diagnostics;

namespace Platform.Hcl.Decoding;

/// <summary>
/// A body (the contents of a file or of a block) seen through a schema, whichever syntax it was written in.
/// The schema is what tells attributes from blocks (JSON cannot), so content is only ever read through one.
/// Implementations are immutable: <see cref="PartialContent"/> returns a new body that hides what was taken.
/// </summary>
public interface IHclBody
{
    /// <summary>
    /// Reads the attributes and blocks the schema names, and reports everything else in the body as an error
    /// ("Unsupported argument", "Unsupported block type", or the JSON equivalent), with a did-you-mean hint.
    /// </summary>
    (BodyContent Content, IReadOnlyList<Diagnostic> Diagnostics) Content(BodySchema schema);

    /// <summary>
    /// Like <see cref="Content"/> but tolerates items the schema does not name; they stay in <c>Remain</c> for
    /// another schema (how layered decoders such as <c>[HclRemain]</c> share one body).
    /// </summary>
    (BodyContent Content, IHclBody Remain, IReadOnlyList<Diagnostic> Diagnostics) PartialContent(BodySchema schema);

    /// <summary>
    /// Reads the body as attributes only, names chosen by the author (e.g. Terraform's <c>locals</c>). Blocks are
    /// errors. The dictionary enumerates in source order.
    /// </summary>
    (IReadOnlyDictionary<string, HclAttributeItem> Attributes, IReadOnlyList<Diagnostic> Diagnostics) JustAttributes();

    /// <summary>Where to point "missing argument" or "missing block" diagnostics about this body.</summary>
    SourceRange MissingItemRange { get; }
}
