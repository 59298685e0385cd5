a = "años"
b = "años ${x} años"
c = <<EOT
años
EOT
lbl "años" {}
e = { "años" = 1 }
f = "\u006e\u0303"
g = "%{if x}años%{endif}"
