import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver';
import { clientFeaturesFrom } from '../service/client-features.js';
import type { LintConfiguration } from '../service/diagnostics.js';
import { createLanguageService, type LanguageService } from '../service/language-service.js';
import { SERVER_NAME, SERVER_VERSION } from '../version.js';
import { serverCapabilities, usesPullDiagnostics } from './capabilities.js';
import { pieceTextDocuments, type PieceTextDocument } from './piece-text-document.js';
import { DocumentSettings } from './settings.js';
import { holdValidationsAfterParse } from './validation-hold.js';

/** How the platform (Node or a browser worker) finds a document's lint configuration. */
export interface PlatformConfiguration {
  /** The configuration from the file system (the nearest `.trialyamlrc.yaml`); `{}` where there is none. */
  forDocument(uri: string): Promise<LintConfiguration> | LintConfiguration;
  /** Forget cached config files (one of them changed). */
  reset?(): void;
  /** Globs of config files to watch, when the client can watch files. */
  watchGlobs?: string[];
}

export interface StartServerOptions {
  platform?: PlatformConfiguration;
  /**
   * Push diagnostics: how long a document's edits must pause before it is validated. Default
   * {@link VALIDATION_DELAY_MS}.
   */
  validationDelayMs?: number;
  /** Lint in steps that let other requests in (default), or in one piece (to measure the difference). */
  lintInSteps?: boolean;
  /** Tests only: each lint in steps waits after its parse until the client releases it (see validation-hold). */
  holdValidationAfterParse?: boolean;
}

/** The pause after the last edit before a document is validated (push diagnostics), as editors debounce. */
export const VALIDATION_DELAY_MS = 150;

/** A running server: the connection's documents and the language service behind them. */
export interface RunningServer {
  documents: TextDocuments<PieceTextDocument>;
  service: LanguageService;
}

/**
 * Wires a connection to the language service: declares the capabilities once in `initialize`, keeps the open
 * documents, reads settings per document, and answers every request through the service. A handler that fails
 * logs the error and answers with an empty result; the server keeps running.
 */
export function startServer(connection: Connection, options: StartServerOptions = {}): RunningServer {
  const platform: PlatformConfiguration = options.platform ?? { forDocument: () => ({}) };
  const validationDelay = options.validationDelayMs ?? VALIDATION_DELAY_MS;
  const documents = new TextDocuments(pieceTextDocuments);
  let capabilities: ClientCapabilities = {};
  let pull = false;
  let generation = 0;
  const settings = new DocumentSettings(connection, () => capabilities.workspace?.configuration === true);

  const service = createLanguageService({
    lintInSteps: options.lintInSteps !== false,
    lintConfiguration: async (uri): Promise<LintConfiguration> => {
      const [base, own] = await Promise.all([platform.forDocument(uri), settings.get(uri)]);
      return { ...base, ...(own.asOf ? { asOf: own.asOf } : {}) };
    },
  });

  if (options.holdValidationAfterParse === true) holdValidationsAfterParse(connection);

  const log = (what: string, error: unknown): void => {
    connection.console.error(
      `${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  };

  const cancelled = (): ResponseError<void> =>
    new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

  /**
   * Runs a handler; on failure, answers `fallback`. A request cancelled before it ran, and a ResponseError the
   * handler throws, answer with that error.
   */
  function safe<P, R>(
    what: string,
    fallback: R,
    handler: (params: P, token: CancellationToken | undefined) => R | Promise<R>,
  ): (params: P, token?: CancellationToken) => Promise<R> {
    return async (params, token) => {
      try {
        if (token?.isCancellationRequested) throw cancelled();
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log(what, error);
        return fallback;
      }
    };
  }

  const documentOf = (
    params: { textDocument?: { uri?: unknown } } | undefined,
  ): PieceTextDocument | undefined => {
    const uri = params?.textDocument?.uri;
    return typeof uri === 'string' ? documents.get(uri) : undefined;
  };

  // Push diagnostics (clients without pull): a document is validated once its edits pause, at its latest
  // version only. A burst of edits (typing, a paste applied as many changes, an undo run) then costs one lint,
  // not one per version, and requests sent after the burst (hover, completion) are answered first. The lint
  // runs in steps: a request read while it runs is answered between two steps, from the same parse, and an
  // edit meanwhile stops it (that version's diagnostics are never published; the new version's lint is due).
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const validate = (uri: string): void => {
    if (pull) return;
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        const document = documents.get(uri);
        if (!document) return;
        const { version } = document;
        connection.tracer.log(`Validating ${uri} (version ${version})`);
        service
          .getLatestDiagnostics(document)
          .then(async (diagnostics) => {
            // Edited again while this version was linted: its own validation is already scheduled.
            if (!diagnostics || documents.get(uri)?.version !== version) {
              connection.tracer.log(`Dropped the validation of ${uri} (version ${version}): edited since`);
              return;
            }
            await connection.sendDiagnostics({ uri, version, diagnostics });
          })
          .catch((error: unknown) => log('Validation', error));
      }, validationDelay),
    );
  };

  const configurationChanged = (): void => {
    generation++;
    platform.reset?.();
    service.resetConfiguration();
    // The deadline lens counts from the configured day: ask the client to fetch lenses again.
    if (capabilities.workspace?.codeLens?.refreshSupport === true)
      connection
        .sendRequest(CodeLensRefreshRequest.type)
        .catch((error: unknown) => log('Code lens refresh', error));
    if (pull) {
      if (capabilities.workspace?.diagnostics?.refreshSupport === true)
        connection.languages.diagnostics
          .refresh()
          .catch((error: unknown) => log('Diagnostics refresh', error));
    } else {
      for (const document of documents.all()) validate(document.uri);
    }
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities ?? {};
    pull = usesPullDiagnostics(capabilities);
    service.setClientFeatures(clientFeaturesFrom(capabilities, params.initializationOptions));
    return {
      capabilities: serverCapabilities(capabilities),
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true)
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'trialyaml' })
        .catch((error: unknown) => log('Registration', error));
    const globs = platform.watchGlobs ?? [];
    if (globs.length && capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true)
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: globs.map((globPattern) => ({ globPattern })),
        })
        .catch((error: unknown) => log('Registration', error));
  });

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params?.settings);
    configurationChanged();
  });
  connection.onDidChangeWatchedFiles(() => configurationChanged());

  documents.onDidOpen((event) => validate(event.document.uri));
  documents.onDidChangeContent((event) => {
    service.documentChanged(event.document.uri, event.document.version);
    validate(event.document.uri);
  });
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    service.closeDocument(event.document.uri);
    settings.delete(event.document.uri);
    if (!pull)
      connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.languages.diagnostics.on(
    safe<{ textDocument: { uri: string }; previousResultId?: string }, DocumentDiagnosticReport>(
      'Diagnostics',
      { kind: DocumentDiagnosticReportKind.Full, items: [] },
      async (params, token) => {
        const document = documentOf(params);
        if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const resultId = `${document.version}:${generation}`;
        if (params.previousResultId === resultId)
          return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        connection.tracer.log(`Validating ${document.uri} (version ${document.version}, pulled)`);
        const items = await service.getLatestDiagnostics(document, token);
        if (token?.isCancellationRequested) throw cancelled();
        // Edited while linted: these would be stale. The client asks again for the new version.
        if (!items)
          throw new ResponseError(
            LSPErrorCodes.ServerCancelled,
            `The document changed (version ${document.version} is stale).`,
            { retriggerRequest: true },
          );
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
      },
    ),
  );

  connection.onCompletion(
    safe('Completion', null, (params) => {
      const document = documentOf(params);
      return document ? service.getCompletions(document, params.position, params.context) : null;
    }),
  );
  connection.onHover(
    safe('Hover', null, (params) => {
      const document = documentOf(params);
      return document ? service.getHover(document, params.position) : null;
    }),
  );
  connection.onCodeAction(
    safe('Code actions', [], async (params) => {
      const document = documentOf(params);
      return document ? service.getCodeActions(document, params.range, params.context) : [];
    }),
  );
  connection.onCodeActionResolve(async (action) => {
    try {
      return await service.resolveCodeAction(action);
    } catch (error) {
      log('Code action resolve', error);
      return action;
    }
  });
  connection.onDocumentSymbol(
    safe('Document symbols', [], (params) => {
      const document = documentOf(params);
      return document ? service.getDocumentSymbols(document) : [];
    }),
  );
  connection.onFoldingRanges(
    safe('Folding ranges', [], (params) => {
      const document = documentOf(params);
      const rangeLimit = capabilities.textDocument?.foldingRange?.rangeLimit;
      return document
        ? service.getFoldingRanges(document, rangeLimit === undefined ? {} : { rangeLimit })
        : [];
    }),
  );
  connection.onDefinition(
    safe('Definition', [], (params) => {
      const document = documentOf(params);
      return document ? service.getDefinition(document, params.position) : [];
    }),
  );
  connection.onReferences(
    safe('References', [], (params) => {
      const document = documentOf(params);
      return document
        ? service.getReferences(document, params.position, {
            includeDeclaration: params.context?.includeDeclaration !== false,
          })
        : [];
    }),
  );
  connection.onPrepareRename(
    safe('Prepare rename', null, (params) => {
      const document = documentOf(params);
      return document ? service.prepareRename(document, params.position) : null;
    }),
  );
  connection.onRenameRequest(
    safe('Rename', null, (params) => {
      const document = documentOf(params);
      return document && typeof params.newName === 'string'
        ? service.doRename(document, params.position, params.newName)
        : null;
    }),
  );
  connection.onDocumentFormatting(
    safe('Formatting', [], (params) => {
      const document = documentOf(params);
      return document ? service.format(document) : [];
    }),
  );

  connection.onCodeLens(
    safe('Code lenses', [], async (params) => {
      const document = documentOf(params);
      return document ? service.getCodeLenses(document) : [];
    }),
  );

  documents.listen(connection);
  connection.listen();
  return { documents, service };
}
