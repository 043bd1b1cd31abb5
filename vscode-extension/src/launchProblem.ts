import type { MessageLocale } from './locale';
import { format } from './messages';
import type { LaunchPlan } from './serverLaunch';

export type ProblemAction =
    | { readonly kind: 'openUrl'; readonly label: string; readonly url: string }
    | { readonly kind: 'openSetting'; readonly label: string; readonly setting: string };

export interface LaunchProblem {
    readonly message: string;
    readonly action: ProblemAction | undefined;
}

function installDotnet(locale: MessageLocale, channel: string): ProblemAction {
    return { kind: 'openUrl', label: format(locale, 'installDotnet'), url: `https://dotnet.microsoft.com/download/dotnet/${channel}` };
}

/** What the author is told when the server cannot be started, and the one action that fixes it. */
export function launchProblem(plan: Exclude<LaunchPlan, { kind: 'ready' }>, locale: MessageLocale): LaunchProblem {
    switch (plan.kind) {
        case 'serverNotFound':
            return {
                message: format(locale, 'serverNotFound', plan.serverPath),
                action: plan.configured
                    ? { kind: 'openSetting', label: format(locale, 'openSettings'), setting: 'sunes.server.path' }
                    : undefined,
            };
        case 'dotnetMissing':
            return { message: format(locale, 'dotnetMissing', plan.channel), action: installDotnet(locale, plan.channel) };
        case 'runtimeMissing': {
            const installed = plan.installed.map(runtime => `${runtime.name} ${runtime.version}`).join(', ');
            return {
                message: format(locale, 'runtimeMissing', plan.channel, plan.dotnet, installed || format(locale, 'noRuntimes')),
                action: installDotnet(locale, plan.channel),
            };
        }
        default: {
            const unexpected: never = plan;
            throw new Error(`Unknown launch plan ${JSON.stringify(unexpected)}`);
        }
    }
}
