# Blocks nest under type and labels; repeats collect in arrays; an attribute of the same name wins.
a "x" "y" { z = 1 }
a "x" "w" { z = 2 }
a "q" {
  z = 3
  nested {
    deep "one" { v = true }
  }
  nested {
    v = false
  }
}
d {}
d {
}
e "x y" "" {}
f = 5
f "shadowed" {}
one_line { k = "v" }
