a = var.x
b = var.list[0]
c = var.map["key"]
d = var.list.0.name
e = aws_instance.web.*.id
f = aws_instance.web[*].id
g = aws_instance.web[*].tags["Name"]
h = [for s in var.list : upper(s) if s != ""]
i = {for k, v in var.map : k => v...}
j = length(var.list) > 0 ? var.list[0] : null
k = a + b * c - d / e % f
l = a == b && c != d || !e
m = a < b ? a <= b : a >= b
n = f(x...)
o = provider::aws::arn_parse(var.arn)
p = (a + b) * c
q = f(
  x,
  y,
)
r = [
  1,
  2, # comment
  /* inline */ 3,
]
s = var.list[count.index]
t = module.vpc.subnets[var.az_index].id
u = try(var.a, null)
v = local.x /* trailing comment */
w = [for i, v in var.l : i]
x = merge(var.a, { b = 1 })
y = var.obj.*.attr[0]
z = tolist(var.set)[0].name
aa = f()
ab = a?b:c
ac = (var.x)
ad = ((1))
ae = -x.y
af = !f(x)
ag = [for x in y : x][0]
ah = { a = 1 }.a
ai = "str".length
aj = f(x).attr
ak = f(x)[0]
al = var.x[*]
am = var.x.*
