# hclsyntax scans a lone "$" or "%" plus one more character before an end of line as its own
# literal token, so a following "~" strip marker trims only the newline and keeps that character.
a = <<EOT
q$ 
${~x}
EOT
b = <<EOT
q%	
${~x}
EOT
c = <<EOT
q$$ 
%{~ if c }y%{ endif }
EOT
d = <<EOT
q$  
${~x}
EOT
e = <<EOT
q$x 
${~x}
EOT
