import { createHash } from 'crypto';
import { sha256Hex } from '../../src/demo/sha256';

describe('sha256Hex: the acknowledgements\' content hash', () => {
  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1']
  ])('FIPS 180-4 test vector %j', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  test.each(['Åsa Öberg, Östersund', "liam.o'brien@regionexempel.se", 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(1000)])(
    'agrees with node:crypto on UTF-8 text and padding edges (%#)',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  );
});
