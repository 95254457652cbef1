import type { Model } from '../../domain/model.js';
export { type Model };
export declare function defaultModels(): Model[];
