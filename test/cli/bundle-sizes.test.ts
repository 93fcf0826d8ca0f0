import { builtManifestSchema, entryFileOf, formatBundleSizes, measureBundle } from '../../src/cli/bundle-sizes';

const manifest = builtManifestSchema.parse({
  alias: 'RegisterWebPart',
  componentType: 'WebPart',
  loaderConfig: {
    entryModuleId: 'register-web-part',
    scriptResources: {
      'register-web-part': { type: 'path', path: 'register-web-part_93791fe9.js' },
      react: { type: 'component', id: '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d', version: '17.0.1' }
    }
  }
});

describe('npm run package prints each web part\'s bundle size, raw and gzipped (issue 7)', () => {
  it('finds the file of the entry module in a built manifest, and says so when there is none', () => {
    expect(entryFileOf(manifest)).toBe('register-web-part_93791fe9.js');
    const broken = { ...manifest, loaderConfig: { ...manifest.loaderConfig, entryModuleId: 'react' } };
    expect(() => entryFileOf(broken)).toThrow('The manifest of RegisterWebPart names no file for its entry module react.');
  });

  it('measures the raw bytes and the gzipped bytes of the contents it is given', () => {
    const contents = Buffer.from('define([], function () { return "Tillit"; });'.repeat(200));
    const size = measureBundle('RegisterWebPart', 'register.js', contents);
    expect(size.rawBytes).toBe(contents.byteLength);
    expect(size.gzippedBytes).toBeLessThan(contents.byteLength / 10);
    expect(size.gzippedBytes).toBeGreaterThan(0);
  });

  it('prints the largest first and warns about each above the aim, without refusing it', () => {
    const lines = formatBundleSizes(
      [
        { webPart: 'ClassificationWebPart', file: 'c.js', rawBytes: 471_234, gzippedBytes: 133_900 },
        { webPart: 'RegisterWebPart', file: 'r.js', rawBytes: 585_564, gzippedBytes: 163_200 }
      ],
      150_000
    );
    expect(lines).toEqual([
      'web part                      raw     gzipped',
      'RegisterWebPart          585.6 KB    163.2 KB',
      'ClassificationWebPart    471.2 KB    133.9 KB',
      'Warning: RegisterWebPart is 163.2 KB gzipped, above the aim of 150.0 KB (issue 7).'
    ]);
    expect(formatBundleSizes([{ webPart: 'RegisterWebPart', file: 'r.js', rawBytes: 10, gzippedBytes: 150_000 }], 150_000)).toHaveLength(2);
  });
});
