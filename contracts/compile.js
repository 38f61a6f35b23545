#!/usr/bin/env node
// Compiles every Solidity file under src/ and test/ with the solc pinned in package-lock.json
// (solc's standard-JSON API through require('solc'), so no Debian solc and no `>>>` line to strip)
// and writes one deterministic artifact per contract to build/<Name>.json, plus
// build/manifest.json with the compiler, the settings and the SHA-256 of every source compiled
// (ours and OpenZeppelin's). Same sources + same compiler = byte-identical build/.
//
//   node compile.js            write build/
//   node compile.js --out DIR  write DIR instead
//   node compile.js --check    compile in memory and fail if build/ differs (drift check)
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const solc = require('solc');

const ROOT = __dirname;
const SOURCE_DIRS = ['src', 'test'];

// Compiler settings: optimizer on, the via-IR pipeline (cheaper code and no stack-too-deep in the
// wide events), the default EVM version of this solc (osaka). The metadata hash is kept (ipfs):
// it depends only on the sources and settings, so it is deterministic too.
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  viaIR: true,
  metadata: { bytecodeHash: 'ipfs' },
  outputSelection: {
    '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] },
  },
};

function sha256(text) {
  return crypto.createHash('sha256').update(text).digest('hex');
}

function listSources() {
  const files = [];
  const walk = (rel) => {
    for (const name of fs.readdirSync(path.join(ROOT, rel)).sort()) {
      const r = rel + '/' + name;
      const st = fs.statSync(path.join(ROOT, r));
      if (st.isDirectory()) walk(r);
      else if (name.endsWith('.sol')) files.push(r);
    }
  };
  for (const d of SOURCE_DIRS) if (fs.existsSync(path.join(ROOT, d))) walk(d);
  return files.sort();
}

function lockedVersion(pkg) {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const entry = lock.packages && lock.packages['node_modules/' + pkg];
  if (!entry) throw new Error(pkg + ' missing from package-lock.json');
  return entry.version;
}

function compile() {
  const sources = {};
  for (const f of listSources()) sources[f] = { content: fs.readFileSync(path.join(ROOT, f), 'utf8') };
  const imported = {};
  const findImports = (unit) => {
    if (!unit.startsWith('@openzeppelin/')) return { error: 'import outside src/, test/ and @openzeppelin: ' + unit };
    const file = path.join(ROOT, 'node_modules', unit);
    if (!fs.existsSync(file)) return { error: 'not found: ' + unit + ' (run npm ci)' };
    const content = fs.readFileSync(file, 'utf8');
    imported[unit] = content;
    return { contents: content };
  };
  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  for (const e of output.errors || []) {
    // OpenZeppelin's own warnings (e.g. the EIP-1153 note on the transient reentrancy guard) are
    // known and not ours to fix; print everything else.
    const file = e.sourceLocation && e.sourceLocation.file;
    if (e.severity !== 'error' && file && file.startsWith('@openzeppelin/')) continue;
    process.stderr.write(e.formattedMessage + '\n');
  }
  if (errors.length) throw new Error('solc reported ' + errors.length + ' error(s)');

  const hashes = {};
  for (const [unit, s] of Object.entries(sources)) hashes[unit] = sha256(s.content);
  for (const [unit, content] of Object.entries(imported)) hashes[unit] = sha256(content);
  const sortedHashes = {};
  for (const unit of Object.keys(hashes).sort()) sortedHashes[unit] = hashes[unit];
  // One digest over every (unit, hash) pair, recorded in each artifact.
  const sourcesHash = sha256(Object.entries(sortedHashes).map(([u, h]) => u + ' ' + h + '\n').join(''));

  const manifest = {
    compiler: 'solc ' + solc.version(),
    solcPackage: lockedVersion('solc'),
    openzeppelin: lockedVersion('@openzeppelin/contracts'),
    settings: { optimizer: SETTINGS.optimizer, viaIR: SETTINGS.viaIR, evmVersion: 'default', metadata: SETTINGS.metadata },
    sourcesHash,
    sources: sortedHashes,
    contracts: {},
  };

  const files = {};
  for (const unit of Object.keys(sources)) {
    const contracts = (output.contracts && output.contracts[unit]) || {};
    for (const name of Object.keys(contracts).sort()) {
      const c = contracts[name];
      const bytecode = c.evm.bytecode.object;
      if (!bytecode) continue; // interfaces and abstract contracts
      if (files[name + '.json']) throw new Error('two contracts named ' + name);
      manifest.contracts[name] = unit;
      files[name + '.json'] = JSON.stringify(
        {
          contractName: name,
          sourceName: unit,
          compiler: manifest.compiler,
          sourcesHash,
          abi: c.abi,
          bytecode: '0x' + bytecode,
          deployedBytecode: '0x' + c.evm.deployedBytecode.object,
        },
        null,
        2,
      ) + '\n';
    }
  }
  files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
  return files;
}

function main() {
  const args = process.argv.slice(2);
  let out = path.join(ROOT, 'build');
  let check = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = path.resolve(args[++i]);
    else if (args[i] === '--check') check = true;
    else throw new Error('unknown argument ' + args[i]);
  }
  const files = compile();
  if (check) {
    const present = fs.existsSync(out) ? fs.readdirSync(out).filter((f) => f.endsWith('.json')).sort() : [];
    const want = Object.keys(files).sort();
    const drift = [];
    if (JSON.stringify(present) !== JSON.stringify(want)) drift.push('files: have ' + present.join(',') + ' want ' + want.join(','));
    for (const f of want) {
      const p = path.join(out, f);
      if (fs.existsSync(p) && fs.readFileSync(p, 'utf8') !== files[f]) drift.push(f + ' differs');
    }
    if (drift.length) {
      process.stderr.write('artifacts drift from sources (run `make contracts`):\n  ' + drift.join('\n  ') + '\n');
      process.exit(1);
    }
    process.stdout.write('artifacts match sources (' + want.length + ' files)\n');
    return;
  }
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (f.endsWith('.json') && !(f in files)) fs.unlinkSync(path.join(out, f));
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(out, f), text);
  process.stdout.write('wrote ' + Object.keys(files).length + ' files to ' + path.relative(process.cwd(), out || '.') + '\n');
}

main();
