#!/usr/bin/env node
// komm-decrypt: decrypts applications that were encrypted in the browser (issue 12, "End-to-end
// encryption") for the Fachverfahren side, with the municipality's private key.
//
//   komm-decrypt --key private.jwk FILE.json    prints the decrypted JSON; an outbox file's
//                                               uploaded files (<reference>.files/*.jwe beside
//                                               it) are decrypted too, see below
//   komm-decrypt --key private.jwk FILE.jwe     writes the uploaded file inside as FILE (the
//                                               name without .jwe), e.g. from a mail
//   komm-decrypt --key private.jwk FOLDER       writes <name>.decrypted.json beside every
//                                               encrypted *.json in it (an outbox or a folder
//                                               sink) and <name> beside every <name>.jwe
//
// Every object in a file with a string `encrypted` (compact JWE, RSA-OAEP-256 + A256GCM) gets
// the decrypted fields back in its place; an uploaded file (`<n>-<name>.jwe`, a compact JWE of
// the file's bytes whose `cty` is its media type) becomes `<n>-<name>`. Only these two
// algorithms are accepted. A wrong key, a changed ciphertext or another algorithm stops with
// exit code 1 and says which file. The hub could not check an encrypted file's type by its
// content: a file whose content is not the type it declares is reported (exit code 3, after
// everything else was decrypted). Run it where the Fachverfahren keeps its copy, not on the hub:
// what it writes is plaintext.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { compactDecrypt, importJWK } from 'jose';

const ALGS = {
  keyManagementAlgorithms: ['RSA-OAEP-256'],
  contentEncryptionAlgorithms: ['A256GCM'],
};

function fail(message) {
  console.error(`komm-decrypt: ${message}`);
  process.exit(1);
}

/** Replaces every `{ …, encrypted }` in `value` by `{ …, …decrypted }`; counts what it did. */
async function decryptIn(value, key, file, count) {
  if (Array.isArray(value)) return Promise.all(value.map((v) => decryptIn(v, key, file, count)));
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value))
    if (k !== 'encrypted') out[k] = await decryptIn(v, key, file, count);
  if (typeof value.encrypted !== 'string') return out;
  let plaintext;
  try {
    ({ plaintext } = await compactDecrypt(value.encrypted, key, ALGS));
  } catch (e) {
    fail(
      `${file}: cannot decrypt with this key (${e?.code ?? e?.message ?? e}). Is it the private key of the published public key?`,
    );
  }
  count.n++;
  return { ...out, ...JSON.parse(new TextDecoder().decode(plaintext)) };
}

/** Types whose content `file-type` recognises; another declared type is taken as declared. */
const SNIFFED = new Set(['application/pdf', 'image/jpeg', 'image/png']);
/** Files whose content is not the type they declare (reported at the end). */
const mismatched = [];

/** Decrypts one uploaded file `file` (`<name>.jwe`) to `<name>` beside it; returns that path. */
async function decryptFile(file, key) {
  let plaintext, protectedHeader;
  try {
    ({ plaintext, protectedHeader } = await compactDecrypt(
      readFileSync(file, 'latin1').trim(),
      key,
      ALGS,
    ));
  } catch (e) {
    fail(
      `${file}: cannot decrypt with this key (${e?.code ?? e?.message ?? e}). Is it the private key of the published public key?`,
    );
  }
  const out = file.replace(/\.jwe$/, '');
  writeFileSync(out, plaintext);
  const declared = protectedHeader.cty;
  if (SNIFFED.has(declared)) {
    const { fileTypeFromBuffer } = await import('file-type');
    const found = (await fileTypeFromBuffer(plaintext))?.mime ?? 'unknown';
    if (found !== declared) mismatched.push(`${out}: declared ${declared}, content ${found}`);
  }
  return out;
}

/** The uploaded files of a folder (`*.jwe`), decrypted beside them; returns how many. */
async function decryptFiles(dir, key) {
  let n = 0;
  for (const name of readdirSync(dir).sort())
    if (name.endsWith('.jwe') && statSync(join(dir, name)).isFile()) {
      await decryptFile(join(dir, name), key);
      n++;
    }
  return n;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { key: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || !values.key || positionals.length !== 1) {
    console.error('usage: komm-decrypt --key private.jwk FILE.json|FOLDER');
    process.exit(values.help ? 0 : 2);
  }
  let key;
  try {
    key = await importJWK(JSON.parse(readFileSync(values.key, 'utf8')), 'RSA-OAEP-256');
  } catch (e) {
    fail(`${values.key} is no private RSA key as JWK (${e?.message ?? e}).`);
  }
  const target = positionals[0];
  const read = (file) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      fail(`${file}: not JSON (${e?.message ?? e}).`);
    }
  };
  if (!statSync(target, { throwIfNoEntry: false })) fail(`${target} does not exist.`);
  if (statSync(target).isFile() && target.endsWith('.jwe')) {
    const out = await decryptFile(target, key);
    console.error(`komm-decrypt: ${basename(target)} decrypted to ${out}`);
    return;
  }
  if (statSync(target).isFile()) {
    const count = { n: 0 };
    const out = await decryptIn(read(target), key, target, count);
    if (!count.n) fail(`${target}: nothing encrypted in it.`);
    // An outbox file's uploaded files lie beside it in <reference>.files/.
    const files = target.replace(/\.json$/, '.files');
    if (files !== target && existsSync(files) && statSync(files).isDirectory()) {
      const n = await decryptFiles(files, key);
      if (n) console.error(`komm-decrypt: ${n} uploaded file(s) decrypted in ${files}`);
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  let files = 0;
  let uploads = 0;
  const walk = async (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) await walk(p);
      else if (name.endsWith('.jwe')) {
        await decryptFile(p, key);
        uploads++;
      } else if (name.endsWith('.json') && !name.endsWith('.decrypted.json')) {
        const count = { n: 0 };
        const out = await decryptIn(read(p), key, p, count);
        if (!count.n) continue;
        writeFileSync(p.replace(/\.json$/, '.decrypted.json'), `${JSON.stringify(out, null, 2)}\n`);
        files++;
      }
    }
  };
  await walk(target);
  console.error(
    `komm-decrypt: ${files} file(s) decrypted in ${target}${uploads ? `, and ${uploads} uploaded file(s)` : ''}`,
  );
}

await main();
if (mismatched.length) {
  console.error(
    `komm-decrypt: the content of these files is not the type they declare (the hub cannot check encrypted files; do not open them unchecked):\n  ${mismatched.join('\n  ')}`,
  );
  process.exitCode = 3;
}
