export declare const SUPPORTED_RUNTIMES: string[];
/** Throws Lambda's InvalidParameterValueException for a runtime it does not take (a Zip function's). */
export declare function checkRuntime(runtime: string | undefined): void;
