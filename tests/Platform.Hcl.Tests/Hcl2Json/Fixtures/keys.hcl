a = { foo = 1, "bar" = 2, (baz) = 3, a.b = 4, 5 = 6, true = 7, "${x}" = 8, "k${x}" = 9, foo = 10 }
b = { null = 1 }
c = { "${f(x)}" = 1, (f(x)) = 2, a ? b : c = 3, "%{if x}a%{endif}" = 4, 1.50 = 5, -1 = 6, [1] = 7 }
d = { foo.bar = 1, foo[0] = 2 }
e = {
  k1 = "v1"
  "k2" : "v2",
  k3 = {
    inner = [1, { x = y }]
  }
}
