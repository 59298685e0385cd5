using Platform.Hcl.Formatting;

namespace Platform.Hcl.Tests.Formatting;

/// <summary>
/// Constructs chosen to stress the formatter's rules (for expressions, splats, unary chains, expansions, template
/// directives, heredocs, comments in odd places, lopsided brackets), each expected output being exactly what
/// <c>terraform fmt</c> 1.11.4 printed for the input (none of them triggers a Terraform-only rewrite).
/// </summary>
public sealed class TerraformFmtCaseTests
{
    [Theory]
    [InlineData("a = [for x in [1,2]: x if x>1]\nb = {for k,v in m: k=>v...}\n", "a = [for x in [1, 2] : x if x > 1]\nb = { for k, v in m : k => v... }\n")]
    [InlineData("a = x.*.y\nb = x[*].y\nc = x.* [0]\nd = x[*][0]\n\n", "a = x.*.y\nb = x[*].y\nc = x.* [0]\nd = x[*][0]\n\n")]
    [InlineData("a = f(x...)\nb = f(1,2 ,3...)\nc = provider::aws::arn(1)\n", "a = f(x...)\nb = f(1, 2, 3...)\nc = provider::aws::arn(1)\n")]
    [InlineData("a = !b\nc = ! ! d\ne = -f\ng = - - h\ni = 1 - -2\nj = (-1)\nk = [-1]\nl = {a=-1}\nm = x? -1 : -2\n", "a = !b\nc = !!d\ne = -f\ng = --h\ni = 1 - -2\nj = (-1)\nk = [-1]\nl = { a = -1 }\nm = x ? -1 : -2\n")]
    [InlineData("a = \"x ${b} %{if c}d%{else}e%{endif}\"\ng = \"${a}${b}\"\n", "a = \"x ${b} %{if c}d%{else}e%{endif}\"\ng = \"${a}${b}\"\n")]
    [InlineData("a = <<EOT\n  ${ b } %{ for x in y ~}\n  z\n%{ endfor }\nEOT\nlonger = 1\n", "a      = <<EOT\n  ${b} %{for x in y~}\n  z\n%{endfor}\nEOT\nlonger = 1\n")]
    [InlineData("a = <<-EOT\n    x\n    EOT\nb = 2 # c\ncc = 3 # d\n", "a  = <<-EOT\n    x\n    EOT\nb  = 2 # c\ncc = 3 # d\n")]
    [InlineData("block \"a\" \"b\" { x = 1 }\nblock \"c\" {\n}\nother {\n  # only comment\n}\n", "block \"a\" \"b\" { x = 1 }\nblock \"c\" {\n}\nother {\n  # only comment\n}\n")]
    [InlineData("a = [\n  1,\n  2]\nb = {\n  c = 1 }\nd = 3\n", "a = [\n  1,\n2]\nb = {\nc = 1 }\nd = 3\n")]
    [InlineData("a = [[\n[\n1\n]\n]]\nb = ((\n1\n))\n", "a = [[\n  [\n    1\n  ]\n]]\nb = ((\n  1\n))\n")]
    [InlineData("a = 1 /* c */\nbb = 2 /* d */ # e\n/* f */ ccc = 3\n", "a           = 1 /* c */\nbb          = 2 /* d */ # e\n/* f */ ccc = 3\n")]
    [InlineData("x = {\n  \"quoted key\" = 1\n  (k) = 2\n  k3 : 3\n}\n", "x = {\n  \"quoted key\" = 1\n  (k)          = 2\n  k3 : 3\n}\n")]
    [InlineData("x = a ? b : c\ny = a?b:c\nz = (a ?\n  b :\n  c)\n", "x = a ? b : c\ny = a ? b : c\nz = (a ?\n  b :\nc)\n")]
    [InlineData("x = a && b || !c\ny = a==b\nz = a!=b\nw = a<=b\nv = a>=b\nu = a%b\n", "x = a && b || !c\ny = a == b\nz = a != b\nw = a <= b\nv = a >= b\nu = a % b\n")]
    [InlineData("x = 1e10\ny = 1.5\nz = 0.5e-3\n", "x = 1e10\ny = 1.5\nz = 0.5e-3\n")]
    [InlineData("x = f(\n  a,\n  b,\n)\ny = f(a,\n  b)\n", "x = f(\n  a,\n  b,\n)\ny = f(a,\nb)\n")]
    [InlineData("x = \"a\\\"b\\\\c\"\ny = \"$${x}\"\nz = \"%%{x}\"\n", "x = \"a\\\"b\\\\c\"\ny = \"$${x}\"\nz = \"%%{x}\"\n")]
    [InlineData("b {\n  x = 1\n\n  y = 22\n  zzz {\n    a = 1\n  }\n  w = 3\n}\n", "b {\n  x = 1\n\n  y = 22\n  zzz {\n    a = 1\n  }\n  w = 3\n}\n")]
    [InlineData("x = [\n  # comment\n  1, # one\n  22, # two\n]\n", "x = [\n  # comment\n  1,  # one\n  22, # two\n]\n")]
    [InlineData("a = { a = 1, bb = 2 }\nbbb = [ 1, 2, ]\nc = {}\nd = []\n\n", "a   = { a = 1, bb = 2 }\nbbb = [1, 2, ]\nc   = {}\nd   = []\n\n")]
    [InlineData("a = tolist([for i in range(3): {id = i, name = \"n${i}\"}])\n", "a = tolist([for i in range(3) : { id = i, name = \"n${i}\" }])\n")]
    [InlineData("x = a.b[c.d[0]].e\ny = a[ \"k\" ]\nz = a [\"k\"]\n", "x = a.b[c.d[0]].e\ny = a[\"k\"]\nz = a[\"k\"]\n")]
    [InlineData("x = -1.5\ny = 3 * -x\nz = 3 -x\nw = [3 -x]\n", "x = -1.5\ny = 3 * -x\nz = 3 - x\nw = [3 - x]\n")]
    [InlineData("x = \"${x}  y\"\ny = <<EOT\n${x}\nEOT\n", "x = \"${x}  y\"\ny = <<EOT\n${x}\nEOT\n")]
    [InlineData("x {\ny {\nz {\na = 1\n}\n}\n}\n", "x {\n  y {\n    z {\n      a = 1\n    }\n  }\n}\n")]
    [InlineData("x = a.b.* .c\n", "x = a.b.*.c\n")]
    [InlineData("x = [for v in xs: v] # c\nyy = 1 # d\n", "x  = [for v in xs : v] # c\nyy = 1                 # d\n")]
    [InlineData("x = foo(<<EOT\nhello\nEOT\n, 1)\n", "x = foo(<<EOT\nhello\nEOT\n, 1)\n")]
    [InlineData("x = {\n  a = <<EOT\n  x\nEOT\n  bb = 1\n}\n", "x = {\n  a  = <<EOT\n  x\nEOT\n  bb = 1\n}\n")]
    [InlineData("x = f(a)[0].b[*].c\n", "x = f(a)[0].b[*].c\n")]
    public void Format_TrickyInput_GivesWhatTerraformFmtGives(string input, string terraformOutput)
    {
        var result = HclFormatter.Format(input, "case.hcl");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(terraformOutput, result.Value);
    }
}
