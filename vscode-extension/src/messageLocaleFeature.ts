import type { FeatureState, InitializeParams, StaticFeature } from 'vscode-languageclient';
import type { MessageLocale } from './locale';

/**
 * Sends the author's message language as `initialize`'s `locale`, which is what the server reads
 * (the client would otherwise send VS Code's display language, ignoring `sunes.locale`).
 */
export class MessageLocaleFeature implements StaticFeature {
    constructor(private readonly locale: MessageLocale) {}

    fillInitializeParams(params: InitializeParams): void {
        params.locale = this.locale;
    }

    fillClientCapabilities(): void {}

    initialize(): void {}

    getState(): FeatureState {
        return { kind: 'static' };
    }

    clear(): void {}
}
