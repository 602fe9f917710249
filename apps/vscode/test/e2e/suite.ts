// The extension-host side of the end-to-end test, the same on every host: reads the run's facts from the
// workspace (e2e-config.json, written by the driver), runs the scenarios meant for this host and trust state, and
// reports each one to the driver. Throws when any failed, which the host turns into a non-zero exit code.
import * as vscode from 'vscode';
import { Driver, assert, log, readConfig } from './ext-host/harness.js';
import { SCENARIOS, type Scenario } from './scenarios.js';

function applies(scenario: Scenario, config: Awaited<ReturnType<typeof readConfig>>): boolean {
  return (
    (scenario.hosts ?? ['web', 'node']).includes(config.hostKind) &&
    (scenario.trust ?? ['trusted', 'restricted']).includes(config.trust) &&
    (!config.only?.length || config.only.includes(scenario.id))
  );
}

export async function run(): Promise<void> {
  const started = Date.now();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert(folder, 'a workspace folder is open');
  const config = await readConfig(folder);
  const driver = new Driver(config.driverUrl);
  const failed: string[] = [];
  for (const scenario of SCENARIOS.filter((candidate) => applies(candidate, config))) {
    await driver.report('start', scenario.id, scenario.title);
    try {
      await scenario.run({ folder, config, driver });
      await driver.report('pass', scenario.id);
    } catch (error) {
      failed.push(scenario.id);
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`FAILED ${scenario.id}: ${message}`);
      await driver.report('fail', scenario.id, message);
    }
  }
  log(`Done in ${Date.now() - started} ms on ${config.hostName} (${config.trust})`);
  if (failed.length) throw new Error(`Scenarios failed on ${config.hostName}: ${failed.join(', ')}`);
}
