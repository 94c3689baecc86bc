import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import checkFile from 'eslint-plugin-check-file';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pages = ['consent', 'home', 'images', 'login', 'not-found', 'test'];
const features = ['generation', 'history', 'privacy', 'references'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'scripts', 'src/api/generated'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommendedTypeChecked,
      ...pluginQuery.configs['flat/recommended'],
      jsxA11y.flatConfigs.recommended,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })] },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, 'check-file': checkFile },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Pages never import from other pages, nor features from other features (the page composes
      // them); shared code never imports from features, pages or the app shell.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...pages.map((page) => ({
              target: `./src/pages/${page}`,
              from: './src/pages',
              except: [`./${page}`],
            })),
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
            })),
            { target: './src/features', from: ['./src/pages', './src/app'] },
            {
              target: ['./src/api', './src/lib', './src/components', './src/hooks'],
              from: ['./src/features', './src/pages', './src/app'],
            },
          ],
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        {
          'src/**/components/**/*.tsx': 'PASCAL_CASE',
          'src/pages/**/!(components|hooks)/*.tsx': 'PASCAL_CASE',
          'src/**/hooks/*.ts': 'KEBAB_CASE',
          'src/features/*/{api,utils}/*.{ts,tsx}': 'KEBAB_CASE',
          'src/{api,lib}/*.ts': 'CAMEL_CASE',
        },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
);
