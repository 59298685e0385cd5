#!/usr/bin/env bash
# Records what HashiCorp's formatter makes of corpus files, for TerraformFmtReferenceTests.
#
# Usage: cut -f1 reference.tsv | ./generate.sh /work/shared/corpora > reference.tsv
#   (or any list of corpora-relative paths on stdin). Needs `terraform` on PATH (the table was made with 1.11.4).
#
# For each file: the sha256 of `terraform fmt -` output with trailing blanks cut from every line (hclwrite
# keeps them inside comments, we do not; the placement of every other blank is what is compared).
# Files on which terraform made one of its Terraform-only rewrites ("${x}" unwrapped, type names unquoted,
# labels quoted) are left out: those change more than blanks, which the generic formatter never does.
set -euo pipefail
corpora="${1:?usage: generate.sh CORPORA_DIR < paths}"
echo -e "# path\tsha256 of terraform fmt output, trailing blanks cut ($(terraform version 2>/dev/null | head -1))"
while IFS= read -r path; do
  [[ -z "$path" || "$path" == \#* ]] && continue
  src="$corpora/$path"
  out="$(terraform fmt - < "$src" 2>/dev/null; printf x)" || continue
  out="${out%x}"
  if [[ "$(tr -d ' \t\r\n' < "$src")" != "$(printf '%s' "$out" | tr -d ' \t\r\n')" ]]; then
    continue
  fi
  hash="$(printf '%s' "$out" | sed 's/[ \t]*$//' | sha256sum | cut -d' ' -f1)"
  echo -e "$path\t$hash"
done
