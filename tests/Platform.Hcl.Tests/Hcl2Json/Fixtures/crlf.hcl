a = "x"
b = <<EOT
line1
line2 ${x}
EOT
c = f(
  1,
  var.y
)
blk "l" {
  d = [1,
  2]
}
