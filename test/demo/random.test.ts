import { deriveSeed, mulberry32 } from '../../src/demo/mulberry32';
import { Random } from '../../src/demo/random';

describe('mulberry32 and Random: the demo\'s only source of randomness', () => {
  test('the same seed gives the same stream, another seed another stream', () => {
    const draw = (seed: number): number[] => {
      const next = mulberry32(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    for (const value of draw(7)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  test('derived seeds differ per label, so registers draw from independent streams', () => {
    expect(deriveSeed(1, 'staff')).toBe(deriveSeed(1, 'staff'));
    expect(deriveSeed(1, 'staff')).not.toBe(deriveSeed(1, 'systems'));
    expect(deriveSeed(1, 'staff')).not.toBe(deriveSeed(2, 'staff'));
  });

  test('a fork does not depend on what the parent has drawn', () => {
    const a = new Random(5);
    const b = new Random(5);
    b.float();
    b.float();
    expect(a.fork('x').float()).toBe(b.fork('x').float());
  });

  test('int stays within its bounds and reaches both ends', () => {
    const random = new Random(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  test('deal gives exactly the count, every outcome at least once when there are enough draws', () => {
    const random = new Random(9);
    const dealt = random.deal(6, [['common', 95], ['rare', 3], ['rarer', 2]]);
    expect(dealt).toHaveLength(6);
    expect(new Set(dealt)).toEqual(new Set(['common', 'rare', 'rarer']));
    const large = random.deal(1000, [['a', 70], ['b', 30]]);
    expect(large.filter((outcome) => outcome === 'a')).toHaveLength(700);
    expect(random.deal(0, [['a', 1]])).toEqual([]);
  });

  test('shuffle and sample leave their input alone', () => {
    const random = new Random(3);
    const input = [1, 2, 3, 4, 5];
    expect(random.shuffle(input).sort()).toEqual(input);
    expect(random.sample(input, 2)).toHaveLength(2);
    expect(input).toEqual([1, 2, 3, 4, 5]);
  });
});
