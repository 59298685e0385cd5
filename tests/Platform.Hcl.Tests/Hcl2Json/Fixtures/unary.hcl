a = -1
b = !true
c = -x
d = "${-1}"
e = "a ${-1}"
f = - 1.50
g = -(1)
h = - -1
i = !!true
j = [-1, !false, -2.5e3]
k = { k = -2 }
l = -0
m = "${!true}"
n = "x ${!true}"
o = !var.enabled
p = -var.n * 2
