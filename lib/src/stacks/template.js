/**
 * Function code that lives on this machine, as the project loaders (src/stacks/sources/) write it into a
 * template: the hot-reload convention Tollgate's Lambda service already accepts (S3Bucket `hot-reload`,
 * S3Key an absolute path; src/services/lambda/code-input.ts), where the path is a directory (served as
 * is, reloaded on change) or a `.zip` file (read and uploaded as ZipFile).
 */
export const LOCAL_CODE_BUCKET = 'hot-reload';
