a = <<EOT
  hello ${x}
  world
EOT
b = <<-EOT
    hello
      world
    EOT
c = <<EOT
${x}
EOT
d = <<-EOT
	tab
	  x
	EOT
e = <<EOT
  a
  %{~ if c ~}
  b
  %{~ endif ~}
  c
EOT
f = <<-EOT
    a ${b}
      c
   EOT
g = [<<EOT
in a tuple
EOT
, "after"]
h = <<EOT
EOT
