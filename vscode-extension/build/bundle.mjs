// Bundles the extension and vscode-languageclient into one file, so the .vsix carries no node_modules.
import * as esbuild from 'esbuild';

await esbuild.build({
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
    minify: true,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
});
