// End-to-end test of the built SunEs language server, driven over stdio by
// vscode-languageserver-protocol, the library VS Code's own client is built on.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  CancellationTokenSource,
  ResponseError,
} = require('vscode-languageserver-protocol/node');

const root = path.resolve(__dirname, '..', '..');
const server = path.join(root, 'src', 'SunEs.LanguageServer', 'bin', 'Release', 'net10.0', 'sunes-lsp.dll');
const corpus = path.join(root, 'instructions');
const uriOf = (file) => pathToFileURL(path.join(corpus, file)).href;
const amending = uriOf('2023-28.sunes');
const founding = uriOf('2021-167.sunes');
const amendingText = fs.readFileSync(path.join(corpus, '2023-28.sunes'), 'utf8');

const ErrorCodes = { ParseError: -32700, MethodNotFound: -32601, InvalidParams: -32602, RequestCancelled: -32800 };

/** The position of the first occurrence of a needle in a text, shifted by some characters. */
function at(text, needle, delta = 0) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `« ${needle} » not found`);
  return { line, character: lines[line].indexOf(needle) + delta };
}

/** Applies LSP text edits (ranges relative to the original text) the way a client does. */
function applyEdits(text, edits) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p) => Math.min(starts[p.line] + p.character, p.line + 1 < starts.length ? starts[p.line + 1] - 1 : text.length);
  return [...edits]
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), text);
}

async function rejectsWith(promise, code) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof ResponseError, `expected a response error, got ${error}`);
    assert.equal(error.code, code, error.message);
    return true;
  });
}

describe('sunes-lsp over stdio', () => {
  let child;
  let connection;
  let exited;
  const published = [];
  const waiters = [];

  /** The next publication for a URI that satisfies the predicate (those already received count). */
  function diagnosticsFor(uri, predicate) {
    const found = published.find((p) => p.uri === uri && predicate(p));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}`)), 30000);
      waiters.push({ uri, predicate, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  before(async () => {
    assert.ok(fs.existsSync(server), `${server} is missing: build the solution first (dotnet build SunEs.sln -c Release)`);
    child = spawn('dotnet', [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
      published.push(params);
      for (const waiter of waiters.filter((w) => w.uri === params.uri && w.predicate(params))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onError(() => { /* a response without id (to a malformed frame) is reported here; the connection goes on */ });
    connection.listen();

    const result = await connection.sendRequest('initialize', {
      processId: null,
      locale: 'fr',
      rootUri: pathToFileURL(corpus).href,
      workspaceFolders: [{ uri: pathToFileURL(corpus).href, name: 'instructions' }],
      capabilities: {
        textDocument: { completion: { completionItem: { snippetSupport: true } } },
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      },
    });
    assert.equal(result.serverInfo.name, 'sunes-lsp');
    assert.equal(result.capabilities.experimental.sunes.compile, true);
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    if (child.exitCode === null) child.kill();
  });

  it('publishes the diagnostic of an error introduced in an open document, then clears it', async () => {
    const broken = amendingText.replace('fenêtre F2 modifiée', 'fenêtre F9 modifiée');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: amending, languageId: 'sunes', version: 1, text: broken } });
    const withError = await diagnosticsFor(amending, (p) => p.version === 1 && p.diagnostics.some((d) => d.severity === 1));
    const error = withError.diagnostics.find((d) => d.severity === 1);
    assert.equal(error.range.start.line, at(broken, 'F9 modifiée').line);
    assert.match(error.code, /^SUN\d{4}$/);
    assert.match(error.message, /F9/);

    const start = at(broken, 'F9 modifiée');
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: amending, version: 2 },
      contentChanges: [{ range: { start, end: { line: start.line, character: start.character + 2 } }, text: 'F2' }],
    });
    const fixed = await diagnosticsFor(amending, (p) => p.version === 2);
    assert.deepEqual(fixed.diagnostics.filter((d) => d.severity === 1), []);
  });

  it('completes the texts of the workspace after « modifie »', async () => {
    const uri = uriOf('nouvelle.sunes');
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'sunes', version: 1, text: 'instruction "DGOS/PF5/DNS/2024/1"\n    signée le 2024-01-01\n    applicable immédiatement\n    modifie \n' },
    });
    const list = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 12 } });
    const labels = list.items.map((i) => i.label);
    for (const number of ['DGOS/PF5/DNS/CTO/2021/167', 'DGOS/PF5/DNS/2023/28']) assert.ok(labels.includes(number), `${number} in ${labels}`);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('hovers an amended window with the milestone in force and the one it replaced', async () => {
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: amending }, position: at(amendingText, 'fenêtre F2 modifiée', 9) });
    assert.match(hover.contents.value, /jalon/);
    assert.match(hover.contents.value, /remplace/);
  });

  it('goes to the definition in another file', async () => {
    const locations = await connection.sendRequest('textDocument/definition', { textDocument: { uri: amending }, position: at(amendingText, '    DS3.1       45 %', 5) });
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, founding);
  });

  it('renames an indicator in every text that names it', async () => {
    const position = at(amendingText, '    DS1.2       40 %', 4);
    const prepared = await connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: amending }, position });
    assert.equal(prepared.placeholder, 'DS1.2');
    const edit = await connection.sendRequest('textDocument/rename', { textDocument: { uri: amending }, position, newName: 'DS1.2bis' });
    assert.ok(edit.changes[founding].length >= 1);
    assert.ok(edit.changes[amending].length >= 1);
    for (const edits of Object.values(edit.changes)) for (const e of edits) assert.equal(e.newText, 'DS1.2bis');
  });

  it('formats a text pulled to the margin back to its canonical layout, idempotently', async () => {
    const uri = uriOf('2022-84.sunes');
    const original = fs.readFileSync(path.join(corpus, '2022-84.sunes'), 'utf8');
    const scrambled = original.split('\n').map((l) => l.trimStart()).join('\n');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sunes', version: 1, text: scrambled } });
    const edits = await connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    assert.ok(edits.length > 0);
    const formatted = applyEdits(scrambled, edits);
    assert.match(formatted, /\n {4}signée le 29 mars 2022/);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: formatted }] });
    const again = await connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    assert.deepEqual(again, []);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('compiles the programme of a document and runs its tests (custom requests)', async () => {
    const compiled = await connection.sendRequest('sunes/compile', { textDocument: { uri: amending } });
    assert.equal(compiled.succeeded, true, JSON.stringify(compiled.diagnostics));
    assert.equal(compiled.programme, 'SUNES');
    assert.equal(compiled.instructions.length, 4);
    const run = await connection.sendRequest('sunes/runTests', { textDocument: { uri: amending } });
    const written = amendingText.split('\n').filter((line) => line.startsWith('test "')).length;
    assert.ok(written > 0, 'the amending text carries tests');
    assert.deepEqual([run.passed, run.failed, run.results.length], [written, 0, written]);
    assert.ok(run.results.every((result) => result.passed && result.uri === amending && result.error === null));
  });

  it('answers a cancelled request with RequestCancelled and keeps serving', async () => {
    // The compile waits for the analysis of this edit, and the cancellation follows it at once:
    // the server applies it as soon as it reads it, so the answer is RequestCancelled.
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: amending, version: 3 },
      contentChanges: [{ text: `${amendingText}\n// modifiée\n` }],
    });
    const source = new CancellationTokenSource();
    const pending = connection.sendRequest('sunes/compile', { textDocument: { uri: founding } }, source.token);
    source.cancel();
    await rejectsWith(pending, ErrorCodes.RequestCancelled);
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: amending }, position: at(amendingText, 'fenêtre F2 modifiée', 9) });
    assert.ok(hover, 'the server keeps answering after the cancellation');
  });

  it('answers malformed input with errors and keeps serving', async () => {
    child.stdin.write('Content-Length: 9\r\n\r\n{"bad": }');
    child.stdin.write('Content-Length: abc\r\n\r\n');
    await rejectsWith(connection.sendRequest('textDocument/hover', { textDocument: { uri: amending }, position: { line: 100000, character: 0 } }), ErrorCodes.InvalidParams);
    await rejectsWith(connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('absent.sunes') }, position: { line: 0, character: 0 } }), ErrorCodes.InvalidParams);
    await rejectsWith(connection.sendRequest('textDocument/unheardOf', {}), ErrorCodes.MethodNotFound);
    const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: amending }, position: at(amendingText, 'fenêtre F2 modifiée', 9) });
    assert.match(hover.contents.value, /jalon/);
  });

  it('shuts down and exits with code 0', async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
    connection.dispose();
  });
});
