a = "%%{foo} ${bar}"
b = "%%{foo}"
c = "$${a} %%{b} $$ %% $${"
d = <<EOT
$${x} %%{y} ${z}
EOT
f = "a $${"
g = "x ${y} $"
i = "a\nb\t\"q\" \u00e9 \\ \U0001F600 \r"
j = "x ${"$${a}"}"
k = "%{if c}$${x}%{endif}"
l = { "$${a}" = 1, "k%%{b}" = "$${v}" }
m = ["$${a}"]
n = "%{if c}a%{else}$${x}%{endif}"
o = "%{for x in y}$${x}%{endfor}"
p = "$${x}$${y}"
q = "a$"
r = "${"%%{"}"
s = "${"$${"}"
t = "café ☕ 日本"
