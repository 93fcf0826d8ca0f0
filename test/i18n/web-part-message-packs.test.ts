import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, stop } from 'esbuild';
import { COMMON_NAMESPACES, type MessageNamespace } from '../../src/i18n/message-pack';
import { sv } from '../../src/i18n/sv';
import { WORKBENCH_PARTS } from '../../src/workbench/workbench-parts';

const ROOT = path.resolve(__dirname, '../..');
const NAMESPACES = Object.keys(sv) as MessageNamespace[];
// A message key in code: a string literal (or template) that starts with a namespace and a dot.
// eslint-disable-next-line @rushstack/security/no-unsafe-regexp -- built from the message file's own keys, plain identifiers
const KEY = new RegExp(`['"\`](${NAMESPACES.join('|')})\\.[A-Za-z$]`, 'g');
// Messages are shown by the components and the import engine; other code's strings such as
// `classification.levels` in a configuration error are not message keys.
const SHOWS_MESSAGES = /^src\/(ui|imports)\//;

/** The namespaces the code of a web part's bundle (its on-demand chunks included) uses, found in its sources. */
async function namespacesUsedBy(entry: string): Promise<Set<MessageNamespace>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: path.join(ROOT, 'temp', 'message-packs'),
    platform: 'browser',
    external: ['@microsoft/sp-*', '*Strings', 'react', 'react-dom'],
    logLevel: 'silent'
  });
  const used = new Set<MessageNamespace>();
  for (const input of Object.keys(result.metafile.inputs)) {
    if (!SHOWS_MESSAGES.test(input)) continue;
    for (const match of readFileSync(path.join(ROOT, input), 'utf8').matchAll(KEY)) used.add(match[1] as MessageNamespace);
  }
  return used;
}

function shellOf(key: string): string {
  const file = readdirSync(path.join(ROOT, 'webparts', key)).find((name) => name.endsWith('WebPart.ts'));
  if (file === undefined) throw new Error(`webparts/${key} has no shell`);
  return `webparts/${key}/${file}`;
}

// esbuild's service process would keep the worker alive after the tests.
afterAll(() => stop());

describe("each web part packs exactly its own messages (issue 7's bundle aim; Swedish and English alike)", () => {
  test.each(WORKBENCH_PARTS.map(({ part }) => [part.key, part] as const))(
    '%s',
    async (key, part) => {
      const used = await namespacesUsedBy(shellOf(key));
      const packed = new Set(part.messages.namespaces);
      // Nothing the part shows is missing from its pack: it would appear as a raw key.
      expect([...used].filter((namespace) => !packed.has(namespace))).toEqual([]);
      // Nothing it does not show is packed: it would only weigh.
      const featuresPacked = [...packed].filter((namespace) => !COMMON_NAMESPACES.includes(namespace));
      expect(featuresPacked.filter((namespace) => !used.has(namespace))).toEqual([]);
      // Swedish is in the bundle; the English chunk holds the same namespaces.
      expect(Object.keys(part.messages.sv).sort()).toEqual([...packed].sort());
      expect(Object.keys(await part.messages.loadEnglish()).sort()).toEqual([...packed].sort());
    },
    60_000
  );
});
