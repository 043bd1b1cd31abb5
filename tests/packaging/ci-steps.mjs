// Prints the shell steps of a CI template, in order, each followed by a NUL byte:
// the `run:` of every step of every job of a GitHub Actions workflow, or the `script:` lines of
// every job of a GitLab CI file. Usage: node ci-steps.mjs github|gitlab FILE
import * as fs from 'node:fs';
import { parse } from 'yaml';

const [kind, file] = process.argv.slice(2);
const document = parse(fs.readFileSync(file, 'utf8'));
const steps = kind === 'github'
    ? Object.values(document.jobs).flatMap(job => job.steps.filter(step => typeof step.run === 'string').map(step => step.run))
    : kind === 'gitlab'
        ? Object.values(document).filter(job => job && Array.isArray(job.script)).flatMap(job => job.script)
        : undefined;
if (!steps || steps.length === 0) {
    console.error(`no shell steps in ${file} read as ${kind}`);
    process.exit(2);
}
for (const step of steps) {
    process.stdout.write(`${step}\0`);
}
