// Node-only parts of the validator: finding and reading config files.
export { CONFIG_FILE_NAMES, ConfigFinder, loadConfigFile } from './find-config.js';
