// Times @cdktf/hcl2json (HashiCorp's hcl compiled to wasm) on the inputs written by `Platform.Hcl.Benchmarks inputs DIR`,
// printing lines in the same shape as the C# throughput run so the two sit side by side.
const fs = require('fs');
const path = require('path');
const { parse } = require(path.join(__dirname, '../../tools/hcl2json-reference/node_modules/@cdktf/hcl2json'));

async function measure(label, inputs) {
  const bytes = inputs.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  // hcl2json parses, then converts to JSON; a few files it parses fine fail the conversion (e.g. repeated block
  // labels in nomad's config-compatibility fixture, which the large file also holds). They still cost the parse,
  // so they stay in the timing; the line says how many ended that way.
  let failed = 0;
  const once = async () => {
    failed = 0;
    for (const f of inputs) {
      try { await parse(f.name, f.text); } catch (e) { failed++; }
    }
  };
  await once(); await once();
  const runs = [];
  const start = process.hrtime.bigint();
  while (runs.length < 5 || (Number(process.hrtime.bigint() - start) < 10e9 && runs.length < 50)) {
    const t = process.hrtime.bigint();
    await once();
    runs.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];
  console.log(`hcl2json ${label}: ${(bytes / 1e6).toFixed(2)} MB in ${(median * 1000).toFixed(1)} ms (median of ${runs.length}) = ${(bytes / 1e6 / median).toFixed(1)} MB/s${failed ? ` (${failed} of ${inputs.length} inputs failed the JSON conversion)` : ''}`);
}

(async () => {
  const dir = process.argv[2];
  const corpus = fs.readFileSync(path.join(dir, 'corpus.list'), 'utf8').split('\n').filter(Boolean)
    .map(p => ({ name: path.basename(p), text: fs.readFileSync(p, 'utf8') }));
  await measure('corpus', corpus);
  await measure('large', [{ name: 'large.hcl', text: fs.readFileSync(path.join(dir, 'large.hcl'), 'utf8') }]);
})().catch(e => { console.error(e); process.exit(1); });
