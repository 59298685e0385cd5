a = var.x /* c */ + 1 # trailing
b = (
  a
  + b
)
c = (cond ?
  "yes" :
  "no")
d = a.0.b
e = a[0].*.b
f = a.*.b[0]
g = a[*][0]
h = a[*].b.c[1]
i = -a.b[0]
j = f(
  1,
  2,
)
k = f(
  [1, 2]...
)
l = [for k, v in m : "${k}=${v}" if v != null]
m = {for k, v in m : upper(k) => v... if k != ""}
n = [
  for x in xs :
  x
]
o = "a \"${ "q\"" }\" b"
p = f(<<EOT
heredoc arg
EOT
)
q = x[*].y
r = a . b
s = a[ 0 ]
t = a[ "k" ].b
u = { for x in y : x => x }
v = !a || b && !c
w = a.b.c[0]["d"].e
x = ["${a}", "${a}b", "b${a}"]
y = tomap({ a = 1 })["a"]
z = [[1, 2], [3, [4, { k = [5] }]]]
ab = 1 + 2
ac = "x" == "y"
ad = a ? b ? 1 : 2 : 3
ae = a ? [1] : { k = 2 }
af = "${a}" == "b"
ag = ""
ah = " "
ai = [for i in range(3) : i * 2]
aj = local.m[each.key].x
ak = a.b[*].c.d
al = a.*
am = true ? 1 : -1
an = { (var.k) = 1, "${var.k2}" = 2 }
