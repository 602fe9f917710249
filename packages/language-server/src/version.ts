/** The server's name and version, as sent in `initialize` (a test keeps the version equal to package.json's). */
export const SERVER_NAME = 'trialyaml-language-server';
export const SERVER_VERSION = '0.1.0';
