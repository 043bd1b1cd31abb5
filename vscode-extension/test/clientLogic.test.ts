import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localIsoDate, parseAsOfDate } from '../src/asOfDate';
import { launchProblem } from '../src/launchProblem';
import { resolveMessageLocale } from '../src/locale';
import { allMessageKeys, format } from '../src/messages';
import { announcedFeatures } from '../src/protocol';
import { MessageLocaleFeature } from '../src/messageLocaleFeature';
import { rulesPagePolicy, withContentSecurityPolicy } from '../src/rulesPage';

describe('message locale', () => {
    const cases: [setting: string | undefined, displayLanguage: string, expected: 'fr' | 'en'][] = [
        ['auto', 'fr', 'fr'],
        ['auto', 'en', 'en'],
        ['auto', 'en-gb', 'en'],
        ['auto', 'de', 'fr'],
        ['auto', 'eng', 'fr'],
        [undefined, 'en-US', 'en'],
        ['fr', 'en', 'fr'],
        ['en', 'fr', 'en'],
        ['es', 'fr', 'fr'],
    ];
    for (const [setting, displayLanguage, expected] of cases) {
        it(`sunes.locale=${String(setting)} in a ${displayLanguage} VS Code speaks ${expected}`, () => {
            assert.equal(resolveMessageLocale(setting, displayLanguage), expected);
        });
    }
});

describe('messages', () => {
    it('every message exists in French and English with the same placeholders', () => {
        for (const key of allMessageKeys) {
            const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
            const arguments_ = ['a', 'b', 'c'];
            const french = format('fr', key, ...arguments_);
            const english = format('en', key, ...arguments_);
            assert.ok(french.length > 0 && english.length > 0, key);
            assert.notEqual(french, english, `${key} is not translated`);
            assert.doesNotMatch(french + english, /\{\d+\}/, key);
            assert.deepEqual(placeholders(format('fr', key, '{0}', '{1}', '{2}')), placeholders(format('en', key, '{0}', '{1}', '{2}')), key);
        }
    });

    it('a missing argument is a loud error, never a silent gap', () => {
        assert.throws(() => format('fr', 'serverNotFound'), /serverNotFound needs argument \{0\}/);
    });
});

describe('what the author is told when the server cannot start', () => {
    it('no dotnet: French message naming the runtime to install, with a download button', () => {
        const problem = launchProblem({ kind: 'dotnetMissing', channel: '10.0' }, 'fr');
        assert.match(problem.message, /la commande « dotnet » est introuvable/);
        assert.match(problem.message, /installez « \.NET 10\.0 Runtime »/);
        assert.deepEqual(problem.action, { kind: 'openUrl', label: 'Télécharger .NET', url: 'https://dotnet.microsoft.com/download/dotnet/10.0' });
    });

    it('no dotnet, English VS Code: the same in English', () => {
        const problem = launchProblem({ kind: 'dotnetMissing', channel: '10.0' }, 'en');
        assert.match(problem.message, /the "dotnet" command was not found.*install "\.NET 10\.0 Runtime"/);
        assert.equal(problem.action?.label, 'Download .NET');
    });

    it('an older runtime: names the dotnet found and what it has', () => {
        const problem = launchProblem({
            kind: 'runtimeMissing', channel: '10.0', dotnet: '/usr/bin/dotnet',
            installed: [{ name: 'Microsoft.NETCore.App', version: '8.0.11' }],
        }, 'fr');
        assert.match(problem.message, /« \/usr\/bin\/dotnet » n'a pas le runtime \.NET 10\.0.*Microsoft\.NETCore\.App 8\.0\.11/);
    });

    it('a runtime-less dotnet says so', () => {
        const problem = launchProblem({ kind: 'runtimeMissing', channel: '10.0', dotnet: '/usr/bin/dotnet', installed: [] }, 'en');
        assert.match(problem.message, /runtimes present: none/);
    });

    it('a configured server that is missing points to the setting', () => {
        const problem = launchProblem({ kind: 'serverNotFound', serverPath: '/x/sunes-lsp.dll', configured: true }, 'fr');
        assert.match(problem.message, /introuvable à « \/x\/sunes-lsp\.dll »/);
        assert.deepEqual(problem.action, { kind: 'openSetting', label: 'Ouvrir le réglage', setting: 'sunes.server.path' });
        assert.equal(launchProblem({ kind: 'serverNotFound', serverPath: '/x', configured: false }, 'fr').action, undefined);
    });
});

describe('SunEs requests announced by the server', () => {
    it('reads capabilities.experimental.sunes', () => {
        const features = announcedFeatures({ capabilities: { experimental: { sunes: { compile: true, runTests: true, rulesPage: false } } } });
        assert.deepEqual([...features].sort(), ['compile', 'runTests']);
    });

    it('a server that announces nothing supports none of them', () => {
        for (const result of [undefined, {}, { capabilities: {} }, { capabilities: { experimental: { sunes: true } } }]) {
            assert.equal(announcedFeatures(result).size, 0, JSON.stringify(result));
        }
    });
});

describe('the date of the rules page', () => {
    const cases: [text: string, expected: string | undefined][] = [
        ['2023-04-01', '2023-04-01'],
        [' 2023-04-01 ', '2023-04-01'],
        ['01/04/2023', '2023-04-01'],
        ['1/4/2023', '2023-04-01'],
        ['2024-02-29', '2024-02-29'],
        ['2023-02-29', undefined],
        ['2023-13-01', undefined],
        ['31/04/2023', undefined],
        ['2023-4-1', undefined],
        ['1er avril 2023', undefined],
        ['', undefined],
    ];
    for (const [text, expected] of cases) {
        it(`${JSON.stringify(text)} → ${String(expected)}`, () => {
            assert.equal(parseAsOfDate(text), expected);
        });
    }

    it('today is the local calendar date', () => {
        assert.equal(localIsoDate(new Date(2023, 2, 5, 23, 59)), '2023-03-05');
    });
});

describe('the rules page in a webview', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${rulesPagePolicy}">`;

    it('adds the policy first in the head', () => {
        assert.equal(withContentSecurityPolicy('<!DOCTYPE html><html lang="fr"><head><title>R</title></head><body>x</body></html>'),
            `<!DOCTYPE html><html lang="fr"><head>${meta}<title>R</title></head><body>x</body></html>`);
    });

    it('adds a head when the page has none, and wraps a fragment', () => {
        assert.equal(withContentSecurityPolicy('<html><body>x</body></html>'), `<html><head>${meta}</head><body>x</body></html>`);
        assert.equal(withContentSecurityPolicy('<p>x</p>'), `<!DOCTYPE html><html><head>${meta}</head><body><p>x</p></body></html>`);
    });

    it('allows no script and nothing from outside', () => {
        assert.match(rulesPagePolicy, /default-src 'none'/);
        assert.doesNotMatch(rulesPagePolicy, /script-src|https?:/);
    });
});

describe('the locale sent to the server', () => {
    it('replaces the display language the client put in initialize', () => {
        const params = { processId: null, rootUri: null, capabilities: {}, locale: 'en' };
        new MessageLocaleFeature('fr').fillInitializeParams(params);
        assert.equal(params.locale, 'fr');
    });
});
