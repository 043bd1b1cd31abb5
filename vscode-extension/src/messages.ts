import type { MessageLocale } from './locale';

type Message = Record<MessageLocale, string>;

/** Every sentence the extension shows itself; `{0}`, `{1}`… are filled in by `format`. */
const messages = {
    serverNotFound: {
        fr: 'SunEs : le serveur de langage est introuvable à « {0} ». Vérifiez le réglage « sunes.server.path » ou réinstallez l\'extension.',
        en: 'SunEs: the language server was not found at "{0}". Check the "sunes.server.path" setting or reinstall the extension.',
    },
    dotnetMissing: {
        fr: 'SunEs : la commande « dotnet » est introuvable. Le serveur de langage a besoin du runtime .NET {0} : installez « .NET {0} Runtime » (https://dotnet.microsoft.com/download/dotnet/{0}), puis rechargez la fenêtre.',
        en: 'SunEs: the "dotnet" command was not found. The language server needs the .NET {0} runtime: install ".NET {0} Runtime" (https://dotnet.microsoft.com/download/dotnet/{0}), then reload the window.',
    },
    runtimeMissing: {
        fr: 'SunEs : « {1} » n\'a pas le runtime .NET {0} dont le serveur de langage a besoin (runtimes présents : {2}). Installez « .NET {0} Runtime » (https://dotnet.microsoft.com/download/dotnet/{0}), puis rechargez la fenêtre.',
        en: 'SunEs: "{1}" lacks the .NET {0} runtime the language server needs (runtimes present: {2}). Install ".NET {0} Runtime" (https://dotnet.microsoft.com/download/dotnet/{0}), then reload the window.',
    },
    noRuntimes: {
        fr: 'aucun',
        en: 'none',
    },
    installDotnet: {
        fr: 'Télécharger .NET',
        en: 'Download .NET',
    },
    openSettings: {
        fr: 'Ouvrir le réglage',
        en: 'Open setting',
    },
    serverStartFailed: {
        fr: 'SunEs : le serveur de langage n\'a pas démarré : {0}. Le détail est dans le canal de sortie « SunEs ».',
        en: 'SunEs: the language server did not start: {0}. Details are in the "SunEs" output channel.',
    },
    serverNotRunning: {
        fr: 'SunEs : le serveur de langage ne tourne pas. Lancez « SunEs : Redémarrer le serveur de langage ».',
        en: 'SunEs: the language server is not running. Run "SunEs: Restart the language server".',
    },
    serverRestarted: {
        fr: 'SunEs : serveur de langage redémarré.',
        en: 'SunEs: language server restarted.',
    },
    noSunesEditor: {
        fr: 'SunEs : ouvrez d\'abord un fichier .sunes dans l\'éditeur.',
        en: 'SunEs: open a .sunes file in the editor first.',
    },
    requestUnsupported: {
        fr: 'SunEs : le serveur de langage utilisé ne sait pas répondre à « {0} ». Mettez à jour l\'extension, ou le serveur désigné par « sunes.server.path ».',
        en: 'SunEs: the language server in use cannot answer "{0}". Update the extension, or the server named by "sunes.server.path".',
    },
    requestFailed: {
        fr: 'SunEs : « {0} » a échoué : {1}',
        en: 'SunEs: "{0}" failed: {1}',
    },
    compileSucceeded: {
        fr: 'SunEs : programme {0} compilé ({1} instruction(s)).',
        en: 'SunEs: programme {0} compiled ({1} instruction(s)).',
    },
    compileFailed: {
        fr: 'SunEs : la compilation du programme {0} a échoué ({1} erreur(s)). Voir le canal de sortie « SunEs ».',
        en: 'SunEs: compiling programme {0} failed ({1} error(s)). See the "SunEs" output channel.',
    },
    compileHeader: {
        fr: 'Compilation de {0} — programme {1} : {2}',
        en: 'Compiling {0} — programme {1}: {2}',
    },
    compileOutcomeSucceeded: {
        fr: 'réussie',
        en: 'succeeded',
    },
    compileOutcomeFailed: {
        fr: 'échec',
        en: 'failed',
    },
    compileInstructions: {
        fr: 'Instructions : {0}',
        en: 'Instructions: {0}',
    },
    noTests: {
        fr: 'SunEs : aucun test dans {0}.',
        en: 'SunEs: no test in {0}.',
    },
    testsHeader: {
        fr: 'Tests de {0}',
        en: 'Tests of {0}',
    },
    testsSummary: {
        fr: '{0} réussi(s), {1} en échec',
        en: '{0} passed, {1} failed',
    },
    testsAllPassed: {
        fr: 'SunEs : {0} test(s) réussi(s).',
        en: 'SunEs: {0} test(s) passed.',
    },
    testsSomeFailed: {
        fr: 'SunEs : {1} test(s) en échec sur {0}. Voir le canal de sortie « SunEs » et les Problèmes.',
        en: 'SunEs: {1} of {0} test(s) failed. See the "SunEs" output channel and Problems.',
    },
    testFailedWithoutDetail: {
        fr: 'Le test « {0} » a échoué.',
        en: 'Test "{0}" failed.',
    },
    testError: {
        fr: 'Le test « {0} » n\'a pas pu s\'exécuter : {1}',
        en: 'Test "{0}" could not run: {1}',
    },
    testDiagnosticSource: {
        fr: 'tests SunEs',
        en: 'SunEs tests',
    },
    showOutput: {
        fr: 'Voir la sortie',
        en: 'Show output',
    },
    asOfPrompt: {
        fr: 'Date à laquelle afficher les règles en vigueur (AAAA-MM-JJ ou JJ/MM/AAAA)',
        en: 'Date on which to show the rules in force (YYYY-MM-DD or DD/MM/YYYY)',
    },
    asOfInvalid: {
        fr: 'Date invalide : écrivez-la AAAA-MM-JJ (2023-04-01) ou JJ/MM/AAAA (01/04/2023).',
        en: 'Invalid date: write it YYYY-MM-DD (2023-04-01) or DD/MM/YYYY (01/04/2023).',
    },
    rulesTitle: {
        fr: 'Règles en vigueur au {0}',
        en: 'Rules in force on {0}',
    },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;

export function format(locale: MessageLocale, key: MessageKey, ...args: readonly (string | number)[]): string {
    return messages[key][locale].replace(/\{(\d+)\}/g, (_placeholder, index: string) => {
        const value = args[Number(index)];
        if (value === undefined) {
            throw new Error(`Message ${key} needs argument {${index}}`);
        }
        return String(value);
    });
}

export const allMessageKeys = Object.keys(messages) as MessageKey[];
