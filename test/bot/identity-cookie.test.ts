import { cookieValue } from '../../bot/local/identity-cookie';

describe('reading one cookie from the Cookie header', () => {
  test('finds the named cookie among others and decodes it', () => {
    expect(cookieValue('a=1; tillit-workbench-identity=sofia.akesson%40regionexempel.se; b=2', 'tillit-workbench-identity')).toBe('sofia.akesson@regionexempel.se');
  });

  test('is undefined without the cookie, and does not match a name that only ends the same', () => {
    expect(cookieValue(undefined, 'x')).toBeUndefined();
    expect(cookieValue('old-tillit-workbench-identity=a@b.se', 'tillit-workbench-identity')).toBeUndefined();
  });

  test('keeps a malformed escape as it is, for the caller to refuse', () => {
    expect(cookieValue('x=%E0%A4%A', 'x')).toBe('%E0%A4%A');
  });
});
