// esbuild inlines the version from package.json; nothing is read at run time.
import { version } from '../../package.json';

export const TOOL_VERSION: string = version;
