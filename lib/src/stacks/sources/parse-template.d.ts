import type { Template } from '../template.js';
/** Parses and checks a template; throws TemplateError (errors.ts) with CloudFormation's text. */
export declare function parseTemplate(text: string, fileName: string): Template;
