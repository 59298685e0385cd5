#!/usr/bin/env node
// Runs HashiCorp's HCL parser (hcl v2.23 compiled to wasm, shipped as @cdktf/hcl2json 0.21.0) over files and
// prints one JSON line per file, in input order:
//   {"file":"<path>","ok":true,"json":<what hcl2json produced>}
//   {"file":"<path>","ok":false,"error":"<the parser's message>"}
// Files come from the command line, or one path per line on stdin when there are no arguments.
// It is the reference the Platform.Hcl differential tests compare against, so it must report every file,
// including those the parser rejects: a missing line would make a test silently skip a file.
'use strict';

const fs = require('fs');
const hcl2json = require('@cdktf/hcl2json');

async function readPaths() {
  const args = process.argv.slice(2);
  if (args.length > 0) return args;
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/).filter((line) => line.length > 0);
}

async function convert(file) {
  // An unreadable file is a mistake of the caller, not a parse error: it throws and ends the run (exit 2).
  const text = fs.readFileSync(file, 'utf8');
  try {
    const json = await hcl2json.parse(file, text);
    return { file, ok: true, json };
  } catch (err) {
    return { file, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

async function main() {
  const paths = await readPaths();
  for (const file of paths) {
    process.stdout.write(JSON.stringify(await convert(file)) + '\n');
  }
}

main().then(
  // The Go runtime inside the wasm module keeps the event loop alive forever; leave once every line is out.
  () => process.stdout.write('', () => process.exit(0)),
  (err) => {
    process.stderr.write(`reference.js: ${err && err.stack ? err.stack : err}\n`);
    process.exit(2);
  },
);
