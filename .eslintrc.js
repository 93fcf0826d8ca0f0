/**
 * Lint for all TypeScript: src/ (browser and node code), webparts/ (SPFx shells) and test/.
 *
 * Base: the SharePoint Framework 1.21 react profile (@microsoft/eslint-config-spfx, which rides on
 * @rushstack/eslint-config 4.3.0), with the rule set an SPFx 1.21 project is generated with.
 * Deviations from the generated file, and why:
 * - `import-requires-chunk-name` and `pair-react-dom-render-unmount` are not in @rushstack/eslint-plugin
 *   that 4.3.0 brings (DESIGN.md, Toolchain facts); they live in @microsoft/eslint-plugin-spfx, so they
 *   are enabled under that plugin's prefix instead of the generated `@rushstack/` one.
 * - The parser knows both TypeScript projects, so that test/ (test/tsconfig.json, jest types) is type-aware too.
 * - `no-void` allows `void promise;` as a statement, the form no-floating-promises asks for.
 * - `@rushstack/no-new-null` is off in the SharePoint adapters only (see that override), and unused-vars
 *   ignores rest siblings (leaving a property out of a copy).
 * - react-hooks rules are switched on: shells and components use hooks, and the plugin is already loaded.
 * `npm run lint` runs with --max-warnings 0, so a warning fails it like an error.
 */
require('@rushstack/eslint-config/patch/modern-module-resolution');

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  // Build output at the top level only (a leading slash anchors the pattern: src/sharepoint/ must stay linted).
  ignorePatterns: ['/lib/', '/build/', '/test-results/', '/lib-commonjs/', '/temp/', '/dist/', '/release/', '/sharepoint/', '/coverage/', '/.tillit/'],
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: {
        project: ['./tsconfig.json', './test/tsconfig.json'],
        ecmaVersion: 2022,
        sourceType: 'module'
      },
      rules: {
        // SharePoint Framework specifics
        '@microsoft/spfx/import-requires-chunk-name': 'warn',
        '@microsoft/spfx/no-require-ensure': 'error',
        '@microsoft/spfx/pair-react-dom-render-unmount': 'warn',

        // Rush Stack
        '@rushstack/no-new-null': 'warn',
        '@rushstack/hoist-jest-mock': 'warn',
        '@rushstack/security/no-unsafe-regexp': 'warn',

        // TypeScript
        '@typescript-eslint/adjacent-overload-signatures': 'warn',
        '@typescript-eslint/explicit-function-return-type': [
          'warn',
          { allowExpressions: true, allowTypedFunctionExpressions: true, allowHigherOrderFunctions: false }
        ],
        '@typescript-eslint/explicit-member-accessibility': 'off',
        '@typescript-eslint/no-array-constructor': 'warn',
        '@typescript-eslint/no-explicit-any': 'warn',
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-for-in-array': 'error',
        '@typescript-eslint/no-misused-new': 'error',
        '@typescript-eslint/no-namespace': ['warn', { allowDeclarations: false, allowDefinitionFiles: false }],
        '@typescript-eslint/parameter-properties': 'off',
        // ignoreRestSiblings: `const { title: _title, ...rest } = settings` is how a property is left out of a copy.
        '@typescript-eslint/no-unused-vars': ['warn', { vars: 'all', args: 'none', ignoreRestSiblings: true }],
        '@typescript-eslint/no-use-before-define': [
          'error',
          { functions: false, classes: true, variables: true, enums: true, typedefs: true }
        ],
        '@typescript-eslint/no-var-requires': 'error',
        '@typescript-eslint/prefer-namespace-keyword': 'warn',
        '@typescript-eslint/no-inferrable-types': 'off',
        '@typescript-eslint/no-empty-interface': 'off',

        // React
        'react-hooks/rules-of-hooks': 'error',
        'react-hooks/exhaustive-deps': 'warn',

        // JavaScript
        'accessor-pairs': 'warn',
        'dot-notation': ['warn', { allowPattern: '^_' }],
        eqeqeq: 'warn',
        'for-direction': 'warn',
        'guard-for-in': 'error',
        'max-lines': ['warn', { max: 2000 }],
        'no-async-promise-executor': 'error',
        'no-bitwise': 'off',
        'no-caller': 'error',
        'no-compare-neg-zero': 'error',
        'no-cond-assign': 'error',
        'no-constant-condition': 'warn',
        'no-control-regex': 'error',
        'no-debugger': 'warn',
        'no-delete-var': 'error',
        'no-duplicate-case': 'error',
        'no-empty': 'warn',
        'no-empty-character-class': 'error',
        'no-empty-pattern': 'warn',
        'no-eval': 'warn',
        'no-ex-assign': 'error',
        'no-extend-native': 'warn',
        'no-extra-boolean-cast': 'warn',
        'no-extra-label': 'warn',
        'no-fallthrough': 'error',
        'no-func-assign': 'warn',
        'no-implied-eval': 'error',
        'no-invalid-regexp': 'error',
        'no-label-var': 'error',
        'no-lone-blocks': 'warn',
        'no-misleading-character-class': 'error',
        'no-multi-str': 'error',
        'no-new': 'warn',
        'no-new-func': 'error',
        'no-new-object': 'error',
        'no-new-wrappers': 'warn',
        'no-octal': 'error',
        'no-octal-escape': 'error',
        'no-regex-spaces': 'error',
        'no-return-assign': 'error',
        'no-script-url': 'warn',
        'no-self-assign': 'error',
        'no-self-compare': 'error',
        'no-sequences': 'warn',
        'no-shadow-restricted-names': 'error',
        'no-sparse-arrays': 'error',
        'no-throw-literal': 'error',
        'no-unmodified-loop-condition': 'warn',
        'no-unsafe-finally': 'error',
        'no-unused-expressions': 'warn',
        'no-unused-labels': 'warn',
        'no-useless-catch': 'warn',
        'no-useless-concat': 'warn',
        'no-var': 'error',
        // `void promise;` is how a deliberately unawaited promise is marked for no-floating-promises.
        'no-void': ['warn', { allowAsStatement: true }],
        'no-with': 'error',
        'prefer-const': 'warn',
        'promise/param-names': 'error',
        'require-atomic-updates': 'error',
        'require-yield': 'warn',
        strict: ['error', 'never'],
        'use-isnan': 'error',
        'no-extra-semi': 'off'
      }
    },
    {
      // The SharePoint adapters speak APIs where null is the value: SharePoint's REST JSON (an empty field is
      // null, @pnp/sp hands it on), SQLite rows and bindings, URLSearchParams.get(). Everywhere else (domain,
      // configuration, UI) undefined stays the only "no value".
      files: ['src/sharepoint/**', 'src/local-sharepoint/**', 'test/sharepoint/**', 'test/local-sharepoint/**'],
      rules: {
        '@rushstack/no-new-null': 'off'
      }
    },
    {
      // The web parts' localized strings are AMD modules, as the SharePoint Framework loads them.
      files: ['webparts/*/loc/*.js'],
      env: { amd: true }
    },
    {
      // Tests: jest's mocks and fixtures legitimately build throw-away objects.
      files: ['test/**/*.ts', 'test/**/*.tsx', '*.test.ts', '*.test.tsx', '*.spec.ts', '*.spec.tsx'],
      rules: {
        'no-new': 'off'
      }
    }
  ]
};
