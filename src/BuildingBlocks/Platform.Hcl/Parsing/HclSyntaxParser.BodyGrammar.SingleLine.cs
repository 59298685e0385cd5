using Platform.Hcl.Diagnostics;
using Platform.Hcl.Syntax;
using Sprache;

namespace Platform.Hcl.Parsing;

internal sealed partial class HclSyntaxParser
{
    /// <summary>The one-line block form, <c>name { arg = value }</c>: one argument, closed on the same line.</summary>
    private sealed partial class BodyGrammar
    {
        // ---- one-line blocks: name { arg = value } ----------------------------------------------------

        private Parser<Body?> SingleLineBody()
        {
            var attributeBody = WithinItem(HclTokenKind.Ident, _items, SingleAttributeRest())
                .Else(Run<Body?>(() =>
                {
                    var t = _p.Read();
                    _p.RecoverAfterBodyItem();
                    _p.Error("Argument or block definition required", "An argument or block definition is required here.", _p.R(t));
                    return null;
                }));
            var close = SingleLineClose();
            var errorMark = Run(() => _p.ErrorMark);
            return
                from mark in errorMark
                from body in attributeBody
                from afterBody in errorMark
                from _ in close
                select ReportCloseFirst(mark, afterBody - mark, body);
        }

        private Parser<Body?> SingleAttributeRest() =>
            _singleLineAttribute
                .Select(a => (Body?)new Body([a], a.Range, new SourceRange(_p._filename, a.Range.End, a.Range.End)))
                .Else(Next(HclTokenKind.OQuote, HclTokenKind.OBrace, HclTokenKind.Ident).Then(next => Run<Body?>(() =>
                {
                    _p.RecoverAfterBodyItem();
                    _p.Error(
                        "Argument definition required",
                        $"A single-line block definition can contain only a single argument. If you meant to define argument \"{_p.NameOf(Ident)}\", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.",
                        _p.Between(_p.R(Ident), _p.R(next)));
                    return null;
                })))
                .Else(ItemError().Select(_ => (Body?)null));

        /// <summary>The "}" that must follow the single argument on the same line.</summary>
        private Parser<bool> SingleLineClose() =>
            Tok(HclTokenKind.CBrace).Return(true)
                .Else(Next(HclTokenKind.Comma).Then(comma => SkipToBrace(() => _p.Error(
                    "Invalid single-argument block definition",
                    "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
                    _p.R(comma)))))
                .Else(Next(HclTokenKind.Newline).Then(newline => SkipToBrace(() => _p.Error(
                    "Invalid single-argument block definition",
                    "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
                    _p.R(newline)))))
                .Else(SkipToBrace(() =>
                {
                    if (_p._recovery) return;
                    var after = _p.Peek();
                    var open = _openBraces.Peek();
                    if (after.Kind == HclTokenKind.EOF)
                    {
                        _p.Error(
                            "Unclosed configuration block",
                            $"There is no closing brace for the \"{_p.NameOf(Ident)}\" block opened at line {open.StartPos.Line} before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            _p.R(open),
                            _p.Between(_p.R(Ident), _p.R(open)));
                    }
                    else
                    {
                        _p.Error(
                            "Invalid single-argument block definition",
                            "A single-line block definition must end with a closing brace immediately after its single argument definition.",
                            _p.R(after));
                    }
                }));

        private Parser<bool> SkipToBrace(Action report) => Run(() =>
        {
            report();
            _p.Recover(HclTokenKind.CBrace);
            return false;
        });

        /// <summary>hclsyntax reports the closing-brace problems before those found inside the argument.</summary>
        private Body? ReportCloseFirst(int mark, int bodyErrors, Body? body)
        {
            var diags = _p._diags;
            if (bodyErrors > 0 && diags.Count > mark + bodyErrors)
            {
                var inner = diags.GetRange(mark, bodyErrors);
                diags.RemoveRange(mark, bodyErrors);
                diags.AddRange(inner);
            }
            return body;
        }
    }
}
