import type { ServiceModel } from '../../../protocol/model.js';
export declare const LAMBDA_MODEL: ServiceModel;
