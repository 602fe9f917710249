import type { Connection } from 'vscode-languageserver';
import { holdLintsAfterParse } from '../service/document-cache.js';

/** The notification (no params) that lets every validation held after its parse go on. */
export const RELEASE_HELD_VALIDATIONS = 'trialyaml/releaseHeldValidations';

/**
 * The test seam behind `--hold-validation-after-parse`: each validation (each lint in steps) stops after its
 * parse, traces `Holding the validation of <uri> (version <n>) after its parse`, and goes on when the client sends
 * {@link RELEASE_HELD_VALIDATIONS}. A client that sends a request in the same write as the release knows the
 * server reads it while that validation is in progress, however slowly either side runs.
 */
export function holdValidationsAfterParse(connection: Connection): void {
  const held: Array<() => void> = [];
  holdLintsAfterParse((entry) => {
    connection.tracer.log(
      `Holding the validation of ${entry.uri} (version ${entry.version}) after its parse`,
    );
    return new Promise<void>((release) => held.push(release));
  });
  connection.onNotification(RELEASE_HELD_VALIDATIONS, () => {
    for (const release of held.splice(0)) release();
  });
}
