// The packaged extension in VS Code's workbench (code-server), driven through Chromium:
// what an author sees when opening the corpus. Started by run.sh, which passes the address.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';

const { SUNES_E2E_URL: url, SUNES_E2E_SCREENSHOTS: screenshots } = process.env;
if (!url || !screenshots) {
    throw new Error('run e2e/run.sh: SUNES_E2E_URL and SUNES_E2E_SCREENSHOTS are not set');
}

let browser;
let page;

async function runCommand(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
}

async function openFile(name) {
    const tab = page.locator(`.tab[aria-label*="${name}"]`);
    if (await tab.count() > 0) {
        await tab.first().click();
        await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
        return;
    }
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
}

/** Scrolls the active editor to the first occurrence of `text` (the editor renders only the lines in view). */
async function reveal(text) {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+F');
    const find = page.locator('.find-widget textarea, .find-widget input').first();
    await find.waitFor();
    await find.fill(text);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
}

/** The CSS class VS Code gives the first rendered token whose text matches `pattern`. */
async function tokenClass(pattern) {
    const span = page.locator('.monaco-editor .view-line span span', { hasText: pattern }).first();
    await span.waitFor();
    return span.getAttribute('class');
}

/** A test that leaves a screenshot of the workbench behind when it fails. */
function check(name, body) {
    it(name, async () => {
        try {
            await body();
        } catch (error) {
            await page?.screenshot({ path: path.join(screenshots, `failure-${name.replace(/\W+/g, '-')}.png`) });
            throw error;
        }
    });
}

describe('the extension in VS Code', () => {
    before(async () => {
        browser = await chromium.launch({
            executablePath: '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync'],
        });
        page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    });

    after(async () => {
        await browser?.close();
    });

    check('highlights a .sunes file with the SunEs grammar', async () => {
        await openFile('2023-28.sunes');
        await page.locator('.monaco-editor .view-line', { hasText: 'fenêtre F2 modifiée' }).first().waitFor();
        const keyword = await tokenClass(/^fenêtre$/);
        const amendment = await tokenClass(/^modifiée$/);
        // The editor renders spaces as no-break spaces.
        const comment = await tokenClass(/^\/\/\s+seed\s+000/);
        assert.ok(keyword && amendment && comment);
        assert.equal(new Set([keyword, comment]).size, 2, 'keywords and comments are coloured differently');
        const language = page.locator('.statusbar-item[id="status.editor.mode"]');
        assert.match(await language.innerText(), /SunEs/);
    });

    check('shows the server\'s diagnostics as squiggles and in Problems', async () => {
        await openFile('erreur.sunes');
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 90_000 });
        await page.keyboard.press('Control+Shift+M');
        const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'F9' }).first();
        await problem.waitFor();
        // The workbench is in English; "sunes.locale": "fr" (run.sh) must still give French messages.
        assert.match(await problem.innerText(), /Fenêtre inconnue « F9 »/);
        await page.screenshot({ path: path.join(screenshots, 'editor.png') });
    });

    check('offers the SunEs commands, titled in the workbench\'s language', async () => {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.fill('>SunEs');
        const rows = page.locator('.quick-input-list .monaco-list-row');
        await rows.first().waitFor();
        const titles = (await rows.allInnerTexts()).join('\n');
        for (const title of ['Compile the current instruction', 'Run the instruction\'s tests', 'Show the rules in force on a date', 'Restart the language server']) {
            assert.ok(titles.includes(title), `${title} in:\n${titles}`);
        }
        await page.keyboard.press('Escape');
    });

    check('completes keywords from the server', async () => {
        await openFile('erreur.sunes');
        await page.locator('.monaco-editor .view-line').last().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\nfen');
        await page.keyboard.press('Control+Space');
        const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'fenêtre' }).first();
        await suggestion.waitFor({ timeout: 30_000 });
        await page.keyboard.press('Escape');
    });

    check('hover on DS1.1 shows the targets in force with the text they come from', async () => {
        await openFile('2023-28.sunes');
        await reveal('DS1.1       49 %');
        const indicator = page.locator('.monaco-editor .view-line', { hasText: 'DS1.1       49 %' }).locator('span span', { hasText: /^DS1\.1$/ }).first();
        await indicator.waitFor();
        const hover = page.locator('.monaco-hover', { hasText: 'cible' }).first();
        // The workbench asks once per mouse rest; if that answer came before the language server
        // had analysed the workspace, the mouse leaves and rests again, as a reader would.
        for (let attempt = 0; ; attempt++) {
            await page.mouse.move(0, 0);
            await indicator.hover();
            const shown = await hover.waitFor({ timeout: 6_000 }).then(() => true, () => false);
            if (shown) {
                break;
            }
            assert.ok(attempt < 4, 'no hover on DS1.1 after five rests of the mouse');
        }
        const text = (await hover.innerText()).replace(/\s+/g, ' ');
        assert.match(text, /DS1\.1/);
        assert.match(text, /F2 55 %/, text);
        assert.match(text, /2023\/28/, text);
        await page.screenshot({ path: path.join(screenshots, 'hover.png') });
        await page.keyboard.press('Escape');
    });

    check('go to definition on DS1.1 opens 2021-167.sunes, where it is declared', async () => {
        await openFile('2023-28.sunes');
        await reveal('DS1.1       49 %');
        await page.locator('.monaco-editor .view-line', { hasText: 'DS1.1       49 %' }).locator('span span', { hasText: /^DS1\.1$/ }).first().click();
        await page.keyboard.press('F12');
        await page.locator('.tab.active[aria-label*="2021-167.sunes"]').waitFor({ timeout: 30_000 });
        await page.locator('.monaco-editor .view-line', { hasText: 'indicateur DS1.1' }).first().waitFor();
    });

    check('opens the rules-in-force panel for a date', async () => {
        await openFile('2023-28.sunes');
        await runCommand('Show the rules in force on a date');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill('2023-04-01');
        await page.keyboard.press('Enter');
        await page.locator('.tab.active', { hasText: 'Règles en vigueur au' }).waitFor({ timeout: 60_000 });
        // The page itself lives in the webview's frames.
        await assert.doesNotReject(async () => {
            for (let attempt = 0; attempt < 60; attempt++) {
                for (const frame of page.frames()) {
                    const body = await frame.locator('body').innerText({ timeout: 1_000 }).catch(() => '');
                    if (body.includes('DS1.1') && body.includes('2023/28')) {
                        return;
                    }
                }
                await page.waitForTimeout(500);
            }
            throw new Error('no webview frame shows the rules with DS1.1 and 2023/28');
        });
        await page.screenshot({ path: path.join(screenshots, 'rules-panel.png') });
    });

    check('restarts the language server on demand', async () => {
        await runCommand('Restart the language server');
        // The extension speaks French here: run.sh sets "sunes.locale": "fr".
        await page.locator('.notifications-toasts', { hasText: 'serveur de langage redémarré' }).first().waitFor({ timeout: 60_000 });
    });
});
