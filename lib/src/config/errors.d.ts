/** A flag, variable or file Tollgate cannot start with: main.ts prints its message (one line) and exits 2. */
export declare class ConfigError extends Error {
}
