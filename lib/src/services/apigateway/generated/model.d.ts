import type { ServiceModel } from '../../../protocol/model.js';
export declare const APIGATEWAY_MODEL: ServiceModel;
