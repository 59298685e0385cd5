a = <<-EOT
  ${x}
    indented
  EOT
b = <<-EOT
    a
  b
    EOT
c = <<EOT
  %{ for x in xs }
  ${x}
  %{ endfor }
EOT
d = <<-EOT
	%{~ if c ~}
	  yes
	%{~ endif ~}
	EOT
e = <<EOF2
$${not} %%{directive}
EOF2
f = <<-EOT

    blank line above
    EOT
